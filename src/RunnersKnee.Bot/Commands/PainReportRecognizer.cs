using System.Globalization;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Commands;

/// <summary>
/// Finds a 0–10 pain score in what someone says about pain: "that hurt 6/10", "pain is 7 out of 10",
/// "hurts about a 5". A bare number is not a report (it may answer a question), so a pain word or an
/// "out of 10" must be there too.
/// </summary>
public static class PainReportRecognizer
{
    private static readonly string[] PainWords = ["hurt", "hurts", "hurting", "pain", "painful", "sore", "ache", "aches", "aching", "twinge"];

    // "pain for 3 weeks" or "hurts after 5 km" give an amount, not a score.
    private static readonly string[] Units =
    [
        "day", "days", "week", "weeks", "wk", "wks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
        "min", "mins", "km", "k", "kms", "mile", "miles", "mi", "rep", "reps", "set", "sets", "times", "steps", "am", "pm",
    ];

    public static int? Recognize(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                || score > 10
                || (i + 1 < words.Length && Units.Contains(words[i + 1])))
            {
                continue;
            }

            var outOfTen = i + 1 < words.Length && words[i + 1] == "10"
                || (i + 2 < words.Length && words[i + 1] == "out" && words[i + 2] == "of");
            var painWord = words.Any(w => PainWords.Any(p => FuzzyText.IsCloseTo(w, p)));
            if (outOfTen || painWord)
            {
                return score;
            }
        }

        return null;
    }
}
