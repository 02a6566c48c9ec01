using System.Text.Json;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Safety.Language;

/// <summary>A reviewed list of phrases from a content file, found in a message word by word, in order and together.</summary>
public sealed class WordPhrases
{
    private readonly string[][] _phrases;

    private WordPhrases(string[][] phrases) => _phrases = phrases;

    /// <summary>Reads the non-empty list <paramref name="name"/> of <paramref name="document"/>; <paramref name="file"/> names it in errors.</summary>
    public static WordPhrases Read(JsonElement document, string name, string file) => new(Words(document, name, file));

    /// <summary>The list <paramref name="name"/> as normalized words per phrase; an empty list or phrase is a start-up error.</summary>
    public static string[][] Words(JsonElement document, string name, string file)
    {
        var phrases = document.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(p => TextNormalizer.Words(p.GetString())).ToArray()
            : [];
        if (phrases.Length == 0 || phrases.Any(p => p.Length == 0))
        {
            throw new InvalidOperationException($"{file}: '{name}' must list non-empty phrases.");
        }

        return phrases;
    }

    /// <summary>Where the last phrase of the list that occurs in <paramref name="words"/> ends, or -1.</summary>
    public int LastEnd(string[] words)
    {
        var end = -1;
        foreach (var phrase in _phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (IsAt(words, phrase, start))
                {
                    end = Math.Max(end, start + phrase.Length);
                }
            }
        }

        return end;
    }

    public bool IsIn(string[] words) => LastEnd(words) >= 0;

    // Short words are matched exactly: one typo away, "once" is "one" and "wait" is "want".
    private static bool IsAt(string[] words, string[] phrase, int start)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            var word = words[start + i];
            var close = phrase.Length > 1 || phrase[i].Length >= 7
                ? FuzzyText.IsCloseTo(word, phrase[i])
                : string.Equals(word, phrase[i], StringComparison.Ordinal);
            if (!close)
            {
                return false;
            }
        }

        return true;
    }
}
