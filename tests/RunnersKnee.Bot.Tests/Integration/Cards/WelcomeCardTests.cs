using System.Text.Json.Nodes;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Cards;

public sealed class WelcomeCardTests
{
    [Fact]
    public async Task Bind_WelcomeWithShippedTexts_IsValidAdaptiveCard15()
    {
        var texts = new TextCatalog();
        var sut = new CardFactory(new CardLibrary());
        var schema = await AdaptiveCardSchema.LoadAsync();

        var card = sut.Bind("welcome", new Dictionary<string, JsonNode?>
        {
            ["title"] = texts.Get("welcome.title"),
            ["body"] = texts.Get("welcome.body"),
            ["notDoctor"] = texts.Get("welcome.notDoctor"),
            ["speak"] = texts.Get("welcome.title") + ". " + texts.Get("welcome.body"),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = "Start",
                ["data"] = new JsonObject { ["verb"] = "start" },
            }),
        });

        schema.AssertValid(card.ToJsonString());
        Assert.Equal(texts.Get("welcome.title"), card["body"]![0]!["text"]!.GetValue<string>());
    }
}
