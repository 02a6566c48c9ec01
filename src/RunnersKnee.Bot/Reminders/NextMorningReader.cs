using System.Globalization;
using RunnersKnee.Bot.Progress;

namespace RunnersKnee.Bot.Reminders;

/// <summary>
/// Reads a typed answer to the morning check: "better", "same, 2/10", "a bit worse", "igual", "un poco peor 4",
/// "its a little bit worse than yesterday morning to be honest". A negated word does not count ("not worse" is no
/// answer). When a message says "worse" and also "better" or "same" ("better overall but the stairs are worse"), it is
/// read as worse: the cautious reading, which asks the red-flag lists and eases the next session. A story longer than a
/// couple of sentences is no answer, so a word said in passing in it is not taken for one.
/// </summary>
public static class NextMorningReader
{
    private const int MaxWords = 16;

    private static readonly Dictionary<string, NextMorningAnswer> Words = new(StringComparer.Ordinal)
    {
        ["better"] = NextMorningAnswer.Better, ["improved"] = NextMorningAnswer.Better, ["mejor"] = NextMorningAnswer.Better,
        ["same"] = NextMorningAnswer.Same, ["unchanged"] = NextMorningAnswer.Same, ["igual"] = NextMorningAnswer.Same, ["mismo"] = NextMorningAnswer.Same,
        ["worse"] = NextMorningAnswer.Worse, ["peor"] = NextMorningAnswer.Worse,
    };

    public static (NextMorningAnswer Answer, int? Pain)? Read(string[] words)
    {
        if (words.Length is 0 or > MaxWords)
        {
            return null;
        }

        NextMorningAnswer? answer = null;
        for (var i = 0; i < words.Length && answer != NextMorningAnswer.Worse; i++)
        {
            if (Words.TryGetValue(words[i], out var said) && (i == 0 || words[i - 1] is not ("not" or "no" or "isnt" or "nada"))
                && (answer is null || said == NextMorningAnswer.Worse))
            {
                answer = said;
            }
        }

        return answer is { } found ? (found, PainIn(words)) : null;
    }

    /// <summary>"2/10" (read as "2 10"), "2", "2 out of 10": the first score 0-10.</summary>
    private static int? PainIn(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 10)
            {
                return score;
            }
        }

        return null;
    }
}
