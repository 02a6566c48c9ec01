using System.Text.Json;
using System.Text.RegularExpressions;
using RunnersKnee.Bot.Content;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Safety.Language;

/// <summary>
/// The reviewed safety words, one file per language (<c>Content/Safety/Lexicon/en.json</c>, <c>es.json</c>), read
/// and checked at start: every entry names its class and research row, every language has every class. All languages
/// are in force together, because people mix them and a missed emergency costs more than a question.
/// </summary>
public sealed partial class SafetyLexicon
{
    private const string Folder = "Safety/Lexicon";

    public SafetyLexicon()
        : this(ContentFiles.List(Folder).Select(path => (ContentFiles.NameOf(path), ContentFiles.Open(path))))
    {
    }

    internal SafetyLexicon(IEnumerable<(string Language, Stream Content)> files)
    {
        var entries = new List<LexiconEntry>();
        foreach (var (language, content) in files)
        {
            using (content)
            {
                var document = JsonDocument.Parse(content).RootElement;
                var file = language + ".json";
                if (!document.TryGetProperty("language", out var named) || named.GetString() != language)
                {
                    throw new InvalidOperationException($"{file}: 'language' must be \"{language}\", the file's name.");
                }

                Negations.UnionWith(SingleWords(document, "negations", file));
                NegationFillers.UnionWith(SingleWords(document, "negationFillers", file));
                ExactWords.UnionWith(SingleWords(document, "exactWords", file));
                PainScoreUnits.UnionWith(SingleWords(document, "painScoreUnits", file));
                Idioms.AddRange(WordPhrases.Words(document, "idioms", file));
                Retractions.AddRange(WordPhrases.Words(document, "retractions", file));
                Reassurances.UnionWith(SingleWords(document, "reassurances", file));
                ReassuranceFillers.UnionWith(SingleWords(document, "reassuranceFillers", file));
                var read = document.GetProperty("entries").EnumerateArray().Select(entry => Entry(entry, file)).ToList();
                var missing = Enum.GetValues<LexiconClass>().Where(kind => read.All(entry => entry.Class != kind)).ToList();
                if (missing.Count > 0)
                {
                    throw new InvalidOperationException($"{file}: no entries for {string.Join(", ", missing)}.");
                }

                entries.AddRange(read);
            }
        }

        if (entries.Count == 0)
        {
            throw new InvalidOperationException($"No safety lexicon in Content/{Folder}.");
        }

        Entries = entries;
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Words that, right before a phrase, say the person does not have it ("no", "not", "sin").</summary>
    public HashSet<string> Negations { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that may sit between a negation and its phrase ("any", "real", "tengo").</summary>
    public HashSet<string> NegationFillers { get; } = new(StringComparer.Ordinal);

    /// <summary>Words a typo must not reach ("cant" is one letter from "can").</summary>
    public HashSet<string> ExactWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after a number that make it an amount rather than a pain score ("5 km", "3 weeks").</summary>
    public HashSet<string> PainScoreUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>Everyday sayings whose words are not read as safety words ("dying to", "killing me", "dead tired").</summary>
    public List<string[]> Idioms { get; } = [];

    /// <summary>
    /// Words that take back what the message said as a joke ("lol jk", "just kidding", "es broma"): an emergency or
    /// crisis wording said with one is asked about instead of routed at once ("chest was burning lol jk it's my quads").
    /// </summary>
    public List<string[]> Retractions { get; } = [];

    /// <summary>Words that, right after a phrase, say it is not a problem ("my chest is fine").</summary>
    public HashSet<string> Reassurances { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that may sit between a phrase and its reassurance ("is", "feels").</summary>
    public HashSet<string> ReassuranceFillers { get; } = new(StringComparer.Ordinal);

    /// <summary>Every "together" entry of <paramref name="kind"/>: its groups of words.</summary>
    public WordGroups[] Combinations(LexiconClass kind) => [.. Entries.Where(entry => entry.Class == kind && entry.Together is not null).Select(entry => entry.Together!)];

    /// <summary>Every phrase of <paramref name="kind"/>, all languages together.</summary>
    public string[][] Phrases(LexiconClass kind) => [.. Entries.Where(entry => entry.Class == kind).SelectMany(entry => entry.Phrases)];

    private static LexiconEntry Entry(JsonElement entry, string file)
    {
        var means = Text(entry, "means");
        var where = $"{file}: the entry '{means ?? "(no 'means')"}'";
        var kindName = Text(entry, "class");
        var kinds = Enum.GetValues<LexiconClass>().Where(k => string.Equals(k.ToString(), kindName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (kinds is not [var kind])
        {
            throw new InvalidOperationException($"{where} has the unknown class '{kindName}'.");
        }

        var row = Text(entry, "row");
        if (means is null || row is null || !ResearchRow().IsMatch(row))
        {
            throw new InvalidOperationException($"{where} must say what it means and name its research row (A2.1-A2.17, A3-A7 or C.1-C.30), not '{row}'.");
        }

        var together = entry.TryGetProperty("together", out _) ? Groups(entry, where) : null;
        var phrases = together is null || entry.TryGetProperty("phrases", out _) ? WordPhrases.Words(entry, "phrases", where) : [];
        var misspellings = entry.TryGetProperty("misspellings", out _) ? WordPhrases.Words(entry, "misspellings", where) : [];
        var examples = entry.TryGetProperty("examples", out var list) ? list.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList() : [];
        return new LexiconEntry(file, kind, row, means, [.. phrases, .. misspellings], together, examples);
    }

    // "together": two or more groups of single words; "within": how many words apart they may be (default 6).
    private static WordGroups Groups(JsonElement entry, string where)
    {
        var groups = entry.GetProperty("together").EnumerateArray()
            .Select(group => group.EnumerateArray().Select(word => TextNormalizer.Words(word.GetString())).ToArray())
            .ToArray();
        if (groups.Length < 2 || groups.Any(group => group.Length == 0 || group.Any(words => words.Length != 1)))
        {
            throw new InvalidOperationException($"{where}: 'together' must be two or more non-empty groups of single words.");
        }

        var window = WordGroups.DefaultWindow;
        if (entry.TryGetProperty("within", out var within) && (!within.TryGetInt32(out window) || window is < 1 or > 100))
        {
            throw new InvalidOperationException($"{where}: 'within' must be a number of words from 1 to 100.");
        }

        return new WordGroups([.. groups.Select(group => group.Select(words => words[0]).ToArray())], window);
    }

    private static IEnumerable<string> SingleWords(JsonElement document, string name, string file) =>
        WordPhrases.Words(document, name, file).Select(phrase => phrase.Length == 1
            ? phrase[0]
            : throw new InvalidOperationException($"{file}: '{name}' must be single words, not '{string.Join(' ', phrase)}'."));

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    [GeneratedRegex(@"^(A2\.([1-9]|1[0-7])|A[3-7]|C\.([1-9]|[12][0-9]|30))$")]
    private static partial Regex ResearchRow();
}
