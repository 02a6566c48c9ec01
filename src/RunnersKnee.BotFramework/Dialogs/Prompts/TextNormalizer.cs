using System.Globalization;
using System.Text;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>
/// Makes typed answers comparable: lower case, accents and punctuation gone (apostrophes dropped, so
/// "what's" and "whats" meet), curly quotes straightened, runs of spaces folded.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u2018')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    public static string[] Words(string? text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
