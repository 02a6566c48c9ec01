using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Messages;

/// <summary>In Teams a set card refreshes in place: the same card while the set is on, "done" once the person moved on.</summary>
public sealed class TeamsCardRefreshTests
{
    [Fact]
    public async Task RefreshInvoke_SetStillOn_ReturnsTheSameSetCard_ThenDoneOnceMovedOn()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(CoachAppFixture.Settings(Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N"))));
        using var client = app.CreateClient();
        var person = new ConversationDriver(client, connector, channelId: Channels.MsTeams);
        await person.StartWorkoutAsync();
        var setCard = person.LastCards.Single(card => card["refresh"] is not null);
        var refresh = setCard["refresh"]!.AsObject();
        Assert.Equal(person.UserId, refresh["userIds"]![0]!.GetValue<string>());

        var whileOn = await RefreshAsync(client, person, refresh["action"]!["data"]!.AsObject());
        await person.ClickAsync("Done set");
        var afterDone = await RefreshAsync(client, person, refresh["action"]!["data"]!.AsObject());

        Assert.Equal("application/vnd.microsoft.card.adaptive", whileOn.GetProperty("type").GetString());
        Assert.Contains("Side Steps", whileOn.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Set 1 of 3", whileOn.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.StartsWith("✓", afterDone.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Side Steps", afterDone.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        var schema = await AdaptiveCardSchema.LoadAsync();
        schema.AssertValid(whileOn.GetProperty("value").GetRawText());
        schema.AssertValid(afterDone.GetProperty("value").GetRawText());
    }

    private static async Task<JsonElement> RefreshAsync(HttpClient client, ConversationDriver person, JsonObject data)
    {
        var invoke = person.Address(new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "adaptiveCard/action",
            Value = BotJson.ToElement(new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "refresh", ["data"] = data.DeepClone() },
                ["trigger"] = "automatic",
            }),
        });
        using var response = await client.PostAsJsonAsync("/api/messages", invoke, BotJsonContext.Default.Activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }
}
