using System.Text.Json;
using RunnersKnee.Bot.Content;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Presentation.Texts;

/// <summary>
/// The language a person writes in, from reviewed marker words (<c>Content/Texts/language-markers.json</c>). A
/// Spanish speaker whose app says "en-US" still gets the care texts in Spanish; the region stays the app's, so the
/// numbers stay those of where they are.
/// </summary>
public sealed class WrittenLanguage
{
    private const string ContentPath = "Texts/language-markers.json";

    private readonly Dictionary<string, HashSet<string>> _markers = new(StringComparer.Ordinal);

    public WrittenLanguage()
        : this(ContentFiles.Open(ContentPath))
    {
    }

    internal WrittenLanguage(Stream content)
    {
        using (content)
        {
            foreach (var language in JsonDocument.Parse(content).RootElement.GetProperty("markers").EnumerateObject())
            {
                _markers[language.Name] = [.. language.Value.EnumerateArray().Select(word => TextNormalizer.Normalize(word.GetString()))];
            }
        }

        if (!_markers.ContainsKey(TextCatalog.DefaultLanguage) || _markers.Values.Any(words => words.Count == 0 || words.Contains(string.Empty)))
        {
            throw new InvalidOperationException($"Content/{ContentPath}: every language needs marker words, English among them.");
        }
    }

    /// <summary>The language <paramref name="text"/> is written in, or null when its words do not say.</summary>
    public string? Of(string? text)
    {
        var words = TextNormalizer.Words(text);
        string? best = null;
        int bestCount = 0, runnerUp = 0;
        foreach (var (language, markers) in _markers)
        {
            var count = words.Count(markers.Contains);
            if (count > bestCount)
            {
                (runnerUp, bestCount, best) = (bestCount, count, language);
            }
            else if (count > runnerUp)
            {
                runnerUp = count;
            }
        }

        return bestCount > runnerUp ? best : null;
    }

    /// <summary>
    /// The locale to answer in: <paramref name="language"/> with the region of <paramref name="locale"/> ("en-US"
    /// and "es" give "es-US"), or <paramref name="locale"/> itself when the person writes English (the app's own
    /// language wins then: a Spanish app that reads "chest pain" still answers in Spanish), no language is known, or
    /// the locale already speaks it.
    /// </summary>
    public static string? LocaleFor(string? locale, string? language)
    {
        if (language is null or TextCatalog.DefaultLanguage || (locale is { Length: >= 2 } && locale.StartsWith(language, StringComparison.OrdinalIgnoreCase)))
        {
            return locale;
        }

        var dash = locale?.LastIndexOf('-') ?? -1;
        return dash > 0 ? language + locale![dash..] : language;
    }
}
