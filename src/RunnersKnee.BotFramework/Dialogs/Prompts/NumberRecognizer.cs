using System.Globalization;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>
/// Finds the first number in an answer: digits ("7", "6.5", "7/10", "about 6 out of 10", "3ish"), a number in English words
/// up to ninety-nine ("seven", "seventy-one", typos tolerated: "sevn") or in Spanish ("siete", "setenta y uno"),
/// and "none" as 0.
/// </summary>
public static class NumberRecognizer
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    // Spanish words are matched exactly: they are short and sit close to English words ("dos"/"does"). "once" (11)
    // is left out, because in English it says how often.
    private static readonly Dictionary<string, int> Spanish = new(StringComparer.Ordinal)
    {
        ["cero"] = 0, ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7,
        ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["doce"] = 12, ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15,
        ["dieciseis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18, ["diecinueve"] = 19, ["veinte"] = 20,
        ["veintiuno"] = 21, ["veintidos"] = 22, ["veintitres"] = 23, ["veinticuatro"] = 24, ["veinticinco"] = 25,
        ["veintiseis"] = 26, ["veintisiete"] = 27, ["veintiocho"] = 28, ["veintinueve"] = 29, ["treinta"] = 30,
        ["cuarenta"] = 40, ["cincuenta"] = 50, ["sesenta"] = 60, ["setenta"] = 70, ["ochenta"] = 80, ["noventa"] = 90,
    };

    public static decimal? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Keep the decimal point and minus sign that normalizing would drop.
        var spaced = text.Replace("/", " / ", StringComparison.Ordinal);
        foreach (var token in spaced.Split([' ', ',', '!', '?', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            // "3ish", "~4": an approximate number is that number.
            var trimmed = token.TrimEnd('.').TrimStart('~');
            trimmed = trimmed.Length > 3 && trimmed.EndsWith("ish", StringComparison.OrdinalIgnoreCase) ? trimmed[..^3] : trimmed;
            if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        var words = TextNormalizer.Words(text);
        for (var i = 0; i < words.Length; i++)
        {
            if (WordValue(words[i]) is not { } value)
            {
                continue;
            }

            // "seventy-one", "seventy one", "setenta y uno": a tens word takes the unit after it.
            if (value >= 20 && value % 10 == 0)
            {
                var next = i + 1 < words.Length && words[i + 1] is "y" or "and" ? i + 2 : i + 1;
                if (next < words.Length && WordValue(words[next]) is { } unit and >= 1 and <= 9)
                {
                    return value + unit;
                }
            }

            return value;
        }

        return null;
    }

    private static int? WordValue(string word)
    {
        if (word == "none")
        {
            return 0;
        }

        if (Spanish.TryGetValue(word, out var spanish))
        {
            return spanish;
        }

        for (var value = 0; value < Units.Length; value++)
        {
            if (IsNumberWord(word, Units[value]))
            {
                return value;
            }
        }

        for (var tens = 2; tens < Tens.Length; tens++)
        {
            // Exact or two swapped letters only: one letter away, "fifty" is "fifth" and "forty" is "forth".
            if (word == Tens[tens] || FuzzyText.IsSwap(word, Tens[tens]))
            {
                return tens * 10;
            }
        }

        return null;
    }

    // Short number words sit one letter away from everyday words ("for"/"four", "none"/"nine", "nice"/"nine"),
    // so there only an exact word or two swapped letters count; longer ones tolerate the usual typos.
    private static bool IsNumberWord(string word, string target) =>
        target.Length > 4 ? FuzzyText.IsCloseTo(word, target) : word == target || FuzzyText.IsSwap(word, target);
}
