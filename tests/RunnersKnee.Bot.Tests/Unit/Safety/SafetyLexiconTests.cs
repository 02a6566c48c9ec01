using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Safety.Language;

namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>The reviewed lexicon files: what they hold, and the mistakes a reviewer can make that stop the app at start.</summary>
public sealed class SafetyLexiconTests
{
    private static readonly SafetyLexicon Shipped = new();

    [Fact]
    public void Shipped_HasEnglishAndSpanish_EveryEntryTaggedWithItsResearchRow()
    {
        Assert.Equal(["en.json", "es.json"], Shipped.Entries.Select(e => e.File).Distinct().Order());
        Assert.All(Shipped.Entries, entry => Assert.Matches(@"^(A2\.\d+|A\d|C\.\d+)$", entry.Row));
        Assert.Contains(Shipped.Entries, e => e.Class == LexiconClass.RedFlag && e.Row == "A2.6" && e.File == "es.json");
    }

    [Fact]
    public void Load_AnEntryWithoutItsResearchRow_StopsTheApp()
    {
        var error = Load(entry => entry.Remove("row"));

        Assert.Contains("research row", error.Message);
    }

    [Fact]
    public void Load_AnUnknownClass_StopsTheApp()
    {
        var error = Load(entry => entry["class"] = "emergencey");

        Assert.Contains("unknown class 'emergencey'", error.Message);
    }

    [Fact]
    public void Load_AnExampleThatIsNotReadAsItsClass_StopsTheAppNamingIt()
    {
        var error = Load(entry => entry["examples"] = new JsonArray("my knee aches on the stairs"));

        Assert.Contains("'my knee aches on the stairs'", error.Message);
        Assert.Contains("not Emergency", error.Message);
    }

    [Fact]
    public void Load_AFileMissingAClass_StopsTheApp()
    {
        var document = Document("en");
        var entries = document["entries"]!.AsArray();
        foreach (var crisis in entries.Where(e => (string?)e!["class"] == "crisis").ToList())
        {
            entries.Remove(crisis);
        }

        var error = Assert.Throws<InvalidOperationException>(() => new SafetyLanguage(new SafetyLexicon([("en", Stream(document))])));

        Assert.Contains("no entries for Crisis", error.Message);
    }

    [Fact]
    public void Load_ALanguageThatIsNotTheFileName_StopsTheApp()
    {
        var document = Document("en");
        document["language"] = "es";

        var error = Assert.Throws<InvalidOperationException>(() => new SafetyLexicon([("en", Stream(document))]));

        Assert.Contains("'language' must be \"en\"", error.Message);
    }

    // Changes the first emergency entry of the shipped English file and loads it.
    private static InvalidOperationException Load(Action<JsonObject> change)
    {
        var document = Document("en");
        change(document["entries"]!.AsArray().First(e => (string?)e!["class"] == "emergency")!.AsObject());
        return Assert.Throws<InvalidOperationException>(() => new SafetyLanguage(new SafetyLexicon([("en", Stream(document))])));
    }

    private static JsonObject Document(string language)
    {
        using var content = typeof(SafetyLexicon).Assembly.GetManifestResourceStream($"Safety/Lexicon/{language}.json")!;
        return JsonNode.Parse(content)!.AsObject();
    }

    private static MemoryStream Stream(JsonObject document) => new(Encoding.UTF8.GetBytes(document.ToJsonString()));
}
