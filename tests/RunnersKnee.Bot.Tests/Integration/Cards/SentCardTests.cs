using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Cards;

/// <summary>
/// Every card the bot sent while conversations were driven through it, on Web Chat and on Teams: each must be a
/// valid Adaptive Card 1.5 (what Teams renders; a schema error there is a blank or broken card), speak, and, when it
/// acts on the workout, carry the session id and step that make a late click harmless.
/// </summary>
public sealed class SentCardTests(CardTourFixture tours) : IClassFixture<CardTourFixture>
{
    private static readonly Lazy<Task<JsonSchema>> ActivitySchema = new(async () =>
        (await JsonSchema.FromFileAsync(RepositoryRoot.Schema("botframework-protocol.json"))).Definitions["Activity"]);

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public void Tour_DrivenConversations_ReachEveryKindOfCard(string channelId)
    {
        var cards = tours[channelId].Cards.ToList();
        var found = cards.Select(c => c.Kind).ToHashSet();

        var missing = CardKinds.Expected(channelId).Where(kind => !found.Contains(kind)).ToList();
        Assert.True(missing.Count == 0, "Never sent: " + string.Join(", ", missing));
        Assert.All(cards, card => Assert.True(card.Kind is not null, $"A card of no known kind was sent: {card.Card.ToJsonString()}"));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task EverySentCard_ValidatesAgainstAdaptiveCard15Schema(string channelId)
    {
        var schema = await AdaptiveCardSchema.LoadAsync();

        var invalid = tours[channelId].Cards
            .Select(card => (card.Kind, Json: card.Card.ToJsonString(), Errors: schema.Validate(card.Card.ToJsonString())))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{result.Kind}: {string.Join("; ", result.Errors)}\n{result.Json}")
            .Distinct()
            .ToList();

        Assert.True(invalid.Count == 0, string.Join("\n\n", invalid));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public void EverySentCard_DeclaresVersion15AndSpeaks(string channelId)
    {
        Assert.All(tours[channelId].Cards, card =>
        {
            Assert.Equal("1.5", card.Card["version"]?.GetValue<string>());
            var speak = card.Card["speak"]?.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(speak), $"{card.Kind} has no speak.");
            Assert.DoesNotContain("${", speak, StringComparison.Ordinal);
            Assert.DoesNotContain("**", speak, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public void WorkoutButtons_EveryOne_CarriesSessionIdAndStep(string channelId)
    {
        var workoutCards = tours[channelId].Cards.Where(card => card.Kind is { } kind && CardKinds.IsWorkout(kind)).ToList();
        var actions = workoutCards.SelectMany(card => Actions(card.Card)).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, action =>
        {
            var data = CardActions.DataOf(action);
            Assert.True(data?["sessionId"]?.GetValue<string>() is { Length: > 0 }, $"No sessionId: {action.ToJsonString()}");
            Assert.True(data["step"] is JsonValue step && step.TryGetValue<int>(out _), $"No step: {action.ToJsonString()}");
        });
        Assert.All(LiveTimers(channelId), timer =>
        {
            Assert.Equal(timer["sessionId"]!.GetValue<string>(), timer["doneData"]!["sessionId"]!.GetValue<string>());
            Assert.Equal(timer["step"]!.GetValue<int>(), timer["doneData"]!["step"]!.GetValue<int>());
        });
    }

    [Fact]
    public void WorkoutButtons_InWebChat_AreAllSubmits()
    {
        var actions = tours["webchat"].Cards.SelectMany(card => Actions(card.Card)).ToList();

        Assert.All(actions, action => Assert.Equal("Action.Submit", action["type"]!.GetValue<string>()));
        Assert.NotEmpty(LiveTimers("webchat"));
    }

    [Fact]
    public void WorkoutButtons_InTeams_DoneAnswersInPlaceAndStartTimerOpensADialog()
    {
        var exerciseCards = tours["msteams"].Cards.Where(card => card.Kind?.StartsWith("exercise:", StringComparison.Ordinal) == true).Select(card => card.Card).ToList();
        var done = exerciseCards.Select(card => Actions(card).First(a => a["title"]?.GetValue<string>() == "Done set")).ToList();
        var timer = exerciseCards.SelectMany(Actions).Where(a => a["title"]?.GetValue<string>() == "Start timer").ToList();

        Assert.All(done, action =>
        {
            Assert.Equal(("Action.Execute", "done"), (action["type"]!.GetValue<string>(), action["verb"]!.GetValue<string>()));
            Assert.Equal("Action.Submit", action["fallback"]!["type"]!.GetValue<string>());
        });
        Assert.NotEmpty(timer);
        Assert.All(timer, action => Assert.Equal("task/fetch", action["data"]!["msteams"]!["type"]!.GetValue<string>()));
        Assert.Empty(LiveTimers("msteams"));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task SentActivities_ValidateAgainstBotFrameworkActivitySchema(string channelId)
    {
        var schema = await ActivitySchema.Value;
        var sent = tours[channelId].Sent;

        // A sample: every fifth activity, which mixes texts, cards, and the countdown attachment.
        var invalid = sent.Where((_, index) => index % 5 == 0)
            .Select(activity => JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity))
            .Select(json => (Json: json, Errors: schema.Validate(json)))
            .Where(result => result.Errors.Count > 0)
            .Select(result => $"{string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Kind}"))}\n{result.Json}")
            .ToList();

        Assert.NotEmpty(schema.Validate("{\"type\":\"message\",\"text\":\"no channelId, no conversation\"}"));
        Assert.True(sent.Count > 50, $"Only {sent.Count} activities were sent.");
        Assert.True(invalid.Count == 0, string.Join("\n\n", invalid));
    }

    private IEnumerable<JsonObject> LiveTimers(string channelId) => tours[channelId].Sent
        .SelectMany(a => a.Attachments ?? [])
        .Where(a => a.ContentType == WorkoutCards.TimerContentType)
        .Select(a => JsonNode.Parse(a.Content!.Value.GetRawText())!.AsObject());

    /// <summary>Every button of a card, fallbacks included.</summary>
    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() is "Action.Submit" or "Action.Execute" => [obj, .. Actions(obj["fallback"])],
        JsonObject obj => obj.SelectMany(pair => Actions(pair.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };
}
