using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using RunnersKnee.Bot.Content;

namespace RunnersKnee.Bot.Presentation.Texts;

/// <summary>
/// Every sentence the bot says, loaded from <c>Content/Texts/texts.{language}.json</c> (embedded) so a reviewer can
/// read them in one place and a translation is one more file. Unknown languages fall back to English; a missing
/// key is a start-up error, not a blank message.
/// </summary>
public sealed class TextCatalog
{
    public const string DefaultLanguage = "en";

    // "{name}" per placeholder name: the names come from the code, a few dozen, and a turn formats several texts.
    private static readonly ConcurrentDictionary<string, string> Placeholders = new(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _languages;

    // The languages looked up by the locale's first two letters where they stand, without a string cut per text.
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>>.AlternateLookup<ReadOnlySpan<char>> _languagesByCode;

    public TextCatalog()
        : this(LoadEmbedded())
    {
    }

    internal TextCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> languages)
    {
        if (!languages.ContainsKey(DefaultLanguage))
        {
            throw new InvalidOperationException("The English texts (texts.en.json) are missing.");
        }

        _languages = languages.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
        _languagesByCode = _languages.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Keys => _languages[DefaultLanguage].Keys;

    /// <summary>The catalog language a locale reads from ("es-MX" → "es"; one without texts → English).</summary>
    public string LanguageOf(string? locale) =>
        locale is { Length: >= 2 } && _languages.ContainsKey(locale[..2]) ? locale[..2] : DefaultLanguage;

    /// <summary>The text for <paramref name="key"/> in the activity's language, else English.</summary>
    public string Get(string key, string? locale = null)
    {
        if (locale is { Length: >= 2 }
            && _languagesByCode.TryGetValue(locale.AsSpan(0, 2), out var texts)
            && texts.TryGetValue(key, out var localized))
        {
            return localized;
        }

        return _languages[DefaultLanguage].TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No text has the key '{key}'.");
    }

    /// <summary>The text with <c>{name}</c> placeholders filled.</summary>
    public string Format(string key, string? locale, params (string Name, object? Value)[] values)
    {
        var text = Get(key, locale);
        foreach (var (name, value) in values)
        {
            // Replacing a placeholder the text does not have changes nothing, so its value is not even made a string.
            var placeholder = Placeholders.GetOrAdd(name, static name => "{" + name + "}");
            if (text.Contains(placeholder, StringComparison.Ordinal))
            {
                text = text.Replace(placeholder, Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> LoadEmbedded()
    {
        var languages = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in ContentFiles.List("Texts").Where(path => ContentFiles.NameOf(path).StartsWith("texts.", StringComparison.Ordinal)))
        {
            using var stream = ContentFiles.Open(path);
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"Content/{path} is empty.");
            languages[ContentFiles.NameOf(path)["texts.".Length..]] = texts;
        }

        return languages;
    }
}
