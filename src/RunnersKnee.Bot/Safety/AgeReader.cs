using System.Text.Json;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Safety;

/// <summary>
/// Reads an age as the range of ages it could mean (<c>Content/Safety/age-wordings.json</c>): "34", "seventy-one",
/// "almost fifteen", "about 16", "over 55", "mid-forties". The prompt asks again when the range spans two bands.
/// </summary>
public sealed class AgeReader
{
    private const string File = "age-wordings.json";
    private const int RoughlyYears = 2;
    private const int OverUnderYears = 9;

    private readonly WordPhrases _justUnder;
    private readonly WordPhrases _roughly;
    private readonly WordPhrases _over;
    private readonly WordPhrases _under;
    private readonly WordPhrases _early;
    private readonly WordPhrases _mid;
    private readonly WordPhrases _late;
    private readonly Dictionary<string, AgeRange> _decades;

    public AgeReader()
        : this(ContentFiles.Open("Safety/" + File))
    {
    }

    internal AgeReader(Stream content)
    {
        using (content)
        {
            var document = JsonDocument.Parse(content).RootElement;
            _justUnder = WordPhrases.Read(document, "justUnder", File);
            _roughly = WordPhrases.Read(document, "roughly", File);
            _over = WordPhrases.Read(document, "over", File);
            _under = WordPhrases.Read(document, "under", File);
            _early = WordPhrases.Read(document, "early", File);
            _mid = WordPhrases.Read(document, "mid", File);
            _late = WordPhrases.Read(document, "late", File);
            _decades = Decades(document);
        }
    }

    /// <summary>The ages the answer could mean, or null when it names no age.</summary>
    public AgeRange? Read(string? text)
    {
        var words = TextNormalizer.Words(text);
        if (NumberRecognizer.Recognize(text) is { } number && number is >= 0 and <= 1000)
        {
            var age = (int)number;
            return _justUnder.IsIn(words) ? AgeRange.Exactly(age - 1)
                : _roughly.IsIn(words) ? new AgeRange(age - RoughlyYears, age + RoughlyYears)
                : _over.IsIn(words) ? new AgeRange(age + 1, age + OverUnderYears)
                : _under.IsIn(words) ? new AgeRange(age - OverUnderYears, age - 1)
                : AgeRange.Exactly(age);
        }

        foreach (var word in words)
        {
            if (_decades.TryGetValue(word, out var decade))
            {
                var third = (decade.High - decade.Low) / 3;
                return _early.IsIn(words) ? decade with { High = decade.Low + third }
                    : _late.IsIn(words) ? decade with { Low = decade.High - third }
                    : _mid.IsIn(words) ? new AgeRange(decade.Low + third, decade.High - third)
                    : decade;
            }
        }

        return null;
    }

    private static Dictionary<string, AgeRange> Decades(JsonElement document)
    {
        var decades = new Dictionary<string, AgeRange>(StringComparer.Ordinal);
        if (document.TryGetProperty("decades", out var list) && list.ValueKind == JsonValueKind.Object)
        {
            foreach (var decade in list.EnumerateObject())
            {
                var bounds = decade.Value.EnumerateArray().Select(b => b.GetInt32()).ToArray();
                if (bounds.Length != 2 || bounds[0] > bounds[1])
                {
                    throw new InvalidOperationException($"{File}: decade '{decade.Name}' must be [lowest, highest].");
                }

                decades[decade.Name] = new AgeRange(bounds[0], bounds[1]);
            }
        }

        return decades.Count > 0 ? decades : throw new InvalidOperationException($"{File}: 'decades' must list the decade words.");
    }
}
