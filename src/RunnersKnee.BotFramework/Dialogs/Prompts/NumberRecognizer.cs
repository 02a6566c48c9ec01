using System.Globalization;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>
/// Finds the first number in an answer: digits ("7", "6.5", "7/10", "about 6 out of 10") or a number word up to
/// twenty ("seven", typos tolerated: "sevn"), and "none" as 0.
/// </summary>
public static class NumberRecognizer
{
    private static readonly string[] Words =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

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
            var trimmed = token.TrimEnd('.');
            if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        foreach (var word in TextNormalizer.Words(text))
        {
            if (word == "none")
            {
                return 0;
            }

            for (var value = 0; value < Words.Length; value++)
            {
                if (IsNumberWord(word, Words[value]))
                {
                    return value;
                }
            }
        }

        return null;
    }

    // Short number words sit one letter away from everyday words ("for"/"four", "none"/"nine", "nice"/"nine"),
    // so there only an exact word or two swapped letters count; longer ones tolerate the usual typos.
    private static bool IsNumberWord(string word, string target) =>
        target.Length > 4 ? FuzzyText.IsCloseTo(word, target) : word == target || FuzzyText.IsSwap(word, target);
}
