using System.Globalization;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Safety.Language;

/// <summary>
/// Finds a 0–10 pain score in what someone says about pain: "that hurt 6/10", "pain is 7 out of 10", "hurts about
/// a 5", "six out of ten", "me dolió un 6". A bare number is not a report (it may answer a question), so a pain word
/// (from the reviewed lexicon) or an "out of 10" must be there too; a number in words needs the "out of ten".
/// </summary>
public sealed class PainReportRecognizer(SafetyLexicon lexicon)
{
    private readonly string[][] _painWords = lexicon.Phrases(LexiconClass.PainWord);
    // Scores in words, looked up rather than recognized: this runs on every message.
    private static readonly Dictionary<string, int> SpelledScores = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["cero"] = 0, ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10,
    };

    private readonly HashSet<string> _painWordSet = [.. lexicon.Phrases(LexiconClass.PainWord).Where(phrase => phrase.Length == 1).Select(phrase => phrase[0])];

    /// <summary>The pain score in a message; when it gives two ("about a 7, more like an 8"), the higher one counts.</summary>
    public int? Recognize(string[] words)
    {
        int? highest = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (ScoreAt(words, i) is { } score && (highest is null || score > highest))
            {
                highest = score;
            }
        }

        return highest;
    }

    private int? ScoreAt(string[] words, int i)
    {
        // The "10" of "6/10", "six out of ten" or "7 de 10" is the scale, not a score.
        if (IsTen(words[i]) && i > 0 && (words[i - 1] is "of" or "outta" or "de" or "sobre" || SpelledScores.ContainsKey(words[i - 1]) || int.TryParse(words[i - 1], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var digits = int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var score);
        if (!digits)
        {
            // A number in words is a score before an "out of ten", or with a pain word when it ends the message,
            // follows "like a", "about", "a solid" or a pain word, or has an "-ish": "sore, like a seven" is 7,
            // "six-ish" is 6; "one more set hurts" gives no score.
            var word = words[i].EndsWith("ish", StringComparison.Ordinal) && words[i].Length > 3 ? words[i][..^3] : words[i];
            var outOfTen = IsOutOfTen(words, i + 1);
            if (!outOfTen && word == words[i] && !IsSpokenScore(words, i))
            {
                return null;
            }

            if (!SpelledScores.TryGetValue(word, out score) || !(outOfTen || HasPainWord(words)))
            {
                return null;
            }
        }

        // "pain for 3 weeks" or "hurts after 5 km" give an amount, not a score.
        if (score > 10 || (i + 1 < words.Length && lexicon.PainScoreUnits.Contains(words[i + 1])))
        {
            return null;
        }

        return IsOutOfTen(words, i + 1) || HasPainWord(words) ? score : null;
    }

    // "6/10", "6 10", "six out of ten", "7 outta 10", "7 de 10", "4 sobre 10".
    private static bool IsOutOfTen(string[] words, int next) =>
        (next < words.Length && IsTen(words[next]))
        || (next + 1 < words.Length && words[next] is "de" or "sobre" && IsTen(words[next + 1]))
        || (next + 2 < words.Length && words[next] == "out" && words[next + 1] == "of" && IsTen(words[next + 2]))
        || (next + 1 < words.Length && words[next] == "outta" && IsTen(words[next + 1]));

    private bool IsSpokenScore(string[] words, int index) =>
        index == words.Length - 1
        || (index + 1 < words.Length && words[index + 1] == "ish")
        || (index > 0 && (words[index - 1] is "a" or "an" or "like" or "about" or "around" or "maybe" or "solid" or "probably" or "roughly" || _painWordSet.Contains(words[index - 1])));

    private static bool IsTen(string word) => word is "10" or "ten" or "diez";

    private bool HasPainWord(string[] words)
    {
        foreach (var word in words)
        {
            if (IsPainWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPainWord(string word)
    {
        foreach (var phrase in _painWords)
        {
            if (phrase.Length == 1 && FuzzyText.IsCloseTo(word, phrase[0]))
            {
                return true;
            }
        }

        return false;
    }
}
