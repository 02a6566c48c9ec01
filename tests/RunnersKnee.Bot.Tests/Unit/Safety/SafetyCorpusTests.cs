using System.Globalization;
using System.Text;
using RunnersKnee.Bot.Conversation.Commands;
using Xunit.Abstractions;

namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>
/// The safety screen over a labelled corpus of what people type (English and Spanish, written for this project):
/// every emergency and crisis wording must stop coaching, red flags must bring the red-flag questions, pain scores
/// must be read, and ordinary messages must pass. Recall and precision per class are printed with the results.
/// </summary>
public sealed class SafetyCorpusTests(ITestOutputHelper output)
{
    private static readonly CommandParser Screen = new(new RunnersKnee.Bot.Safety.Language.SafetyLexicon());
    private static readonly IReadOnlyList<LabelledUtterance> Corpus = LabelledUtterance.ReadCorpus();

    [Fact]
    public void Corpus_IsLargeAndCoversBothLanguages()
    {
        Assert.True(Corpus.Count >= 300, $"{Corpus.Count} utterances");
        foreach (var label in new[] { "emergency", "crisis", "redflag", "none" })
        {
            Assert.Contains(Corpus, u => u.Label == label && u.Language == "en");
            Assert.Contains(Corpus, u => u.Label == label && u.Language == "es");
        }
    }

    [Fact]
    public void EveryEmergencyAndCrisisWording_StopsCoaching()
    {
        var missed = Corpus
            .Where(u => u.Label is "emergency" or "crisis" && !IsCaught(u.Label, ClassOf(u.Text)))
            .Select(u => $"{u.Label}: '{u.Text}' read as {ClassOf(u.Text)}")
            .ToList();
        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    [Fact]
    public void EveryRedFlagWording_BringsTheRedFlagQuestions()
    {
        var missed = Corpus
            .Where(u => u.Label == "redflag" && !IsCaught(u.Label, ClassOf(u.Text)))
            .Select(u => $"'{u.Text}' read as {ClassOf(u.Text)}")
            .ToList();
        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    [Fact]
    public void EveryPainScore_IsRead()
    {
        var wrong = Corpus
            .Where(u => u.Label.StartsWith("pain:", StringComparison.Ordinal) && ClassOf(u.Text) != u.Label)
            .Select(u => $"'{u.Text}' ({u.Label}) read as {ClassOf(u.Text)}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void OrdinaryMessages_PassWithoutASafetyReply()
    {
        var flagged = Corpus
            .Where(u => u.Label == "none" && ClassOf(u.Text) != "none")
            .Select(u => $"'{u.Text}' read as {ClassOf(u.Text)}")
            .ToList();
        Assert.True(flagged.Count == 0, string.Join("\n", flagged));
    }

    [Fact]
    public void UnclearMessages_GetAtMostTheDirectQuestion()
    {
        var routed = Corpus
            .Where(u => u.Label == "unclear" && Screen.Parse(u.Text)?.Kind is CommandKind.Emergency or CommandKind.Crisis)
            .Select(u => $"'{u.Text}' got the {Screen.Parse(u.Text)!.Kind} route")
            .ToList();
        Assert.True(routed.Count == 0, string.Join("\n", routed));
    }

    [Fact]
    public void RecallAndPrecision_ArePrinted()
    {
        var report = new StringBuilder($"Safety corpus ({Corpus.Count} utterances, {Corpus.Count(u => u.Label == "unclear")} unclear ones not counted): class, utterances, recall, precision\n");
        foreach (var label in new[] { "emergency", "crisis", "redflag", "pain", "none" })
        {
            var truth = Corpus.Where(u => Family(u.Label) == label).ToList();
            var caught = truth.Count(u => IsCaught(u.Label, ClassOf(u.Text)));
            var predicted = Corpus.Where(u => u.Label != "unclear" && Family(ClassOf(u.Text)) == label).ToList();
            var right = predicted.Count(u => Family(u.Label) == label);
            report.AppendLine(CultureInfo.InvariantCulture, $"{label,-10} {truth.Count,4} recall {Ratio(caught, truth.Count)} precision {Ratio(right, predicted.Count)}");
        }

        output.WriteLine(report.ToString());
        Assert.Contains("emergency", report.ToString());
    }

    // What the screen makes of a message: the route it takes, in the corpus's labels.
    private static string ClassOf(string text) => Screen.Parse(text) switch
    {
        { Kind: CommandKind.Emergency or CommandKind.CheckEmergency } => "emergency",
        { Kind: CommandKind.Crisis or CommandKind.CheckCrisis } => "crisis",
        { Kind: CommandKind.SymptomReport or CommandKind.InjuryReport } => "redflag",
        { Kind: CommandKind.PainReport, Pain: var pain } => $"pain:{pain}",
        _ => "none",
    };

    // A red flag read as an emergency or a crisis still stops coaching and gets care; the reverse does not hold.
    private static bool IsCaught(string label, string predicted) => label switch
    {
        "redflag" => predicted is "redflag" or "emergency" or "crisis",
        _ => predicted == label,
    };

    private static string Family(string label) => label.StartsWith("pain:", StringComparison.Ordinal) ? "pain" : label;

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "   -  " : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(5) + "%";
}
