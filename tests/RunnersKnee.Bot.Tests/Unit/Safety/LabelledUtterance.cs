namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>One line of the safety corpus: what a person types and what it is (emergency, crisis, redflag, pain:N or none).</summary>
public sealed record LabelledUtterance(string Label, string Language, string Text)
{
    private const string CorpusFile = "Unit/Safety/Corpus/safety-utterances.tsv";

    public static IReadOnlyList<LabelledUtterance> ReadCorpus() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, CorpusFile))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)];

    private static LabelledUtterance Parse(string line)
    {
        var fields = line.Split('\t');
        return fields.Length == 3
            ? new LabelledUtterance(fields[0], fields[1], fields[2])
            : throw new FormatException($"{CorpusFile}: '{line}' is not label<TAB>language<TAB>text.");
    }
}
