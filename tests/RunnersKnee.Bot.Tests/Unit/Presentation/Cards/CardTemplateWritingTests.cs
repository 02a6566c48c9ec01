using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Presentation.Cards;

namespace RunnersKnee.Bot.Tests.Unit.Presentation.Cards;

/// <summary>
/// A card is written straight to JSON from its prepared template; what reaches the person must be exactly the card
/// the template's rules give when bound as a tree (placeholders, splicing, <c>$when</c>, missing values).
/// </summary>
public sealed class CardTemplateWritingTests
{
    private static readonly CardTemplate Template = new("sample", JsonNode.Parse("""
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "refresh": "${refresh}",
          "title": "${title}",
          "note": "Set ${set} of ${sets}: ${label} — ¿bien?",
          "fixed": { "size": "large", "items": [1, "two", null, true] },
          "maybe": { "$when": "${showMaybe}", "text": "${title}" },
          "body": [
            { "type": "TextBlock", "text": "${title}" },
            "${extra}",
            { "$when": "${showMaybe}", "type": "TextBlock", "text": "only sometimes" },
            "${missing}",
            null,
            { "type": "ColumnSet", "columns": ["${columns}"] }
          ]
        }
        """)!.AsObject());

    public static TheoryData<string> Cases => ["shown", "hidden"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteTo_GivesTheSameJsonAsTheBoundTree(string which)
    {
        var values = new CardValues()
            .With("refresh", (JsonNode?)null)
            .With("title", "Step-ups <left> & \"right\"")
            .With("set", JsonValue.Create(2))
            .With("sets", JsonValue.Create(3))
            .With("label", "Rodilla ñ")
            .With("showMaybe", JsonValue.Create(which == "shown"))
            .With("extra", new JsonObject { ["type"] = "Image", ["url"] = "https://example.test/a.png" })
            .With("missing", (JsonNode?)null)
            .With("columns", new JsonArray(new JsonObject { ["width"] = "auto" }, null, JsonValue.Create("x")));

        Assert.Equal(Template.Bind(values).ToJsonString(), Written(values));
    }

    [Fact]
    public void WriteTo_ValueMissing_FailsAsBindingDoes()
    {
        var values = new CardValues().With("title", "t");

        Assert.Throws<KeyNotFoundException>(() => Written(values));
    }

    private static string Written(CardValues values)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Template.WriteTo(writer, values);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
