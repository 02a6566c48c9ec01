using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// Sends Teams <c>invoke</c> activities into a conversation of a <see cref="ConversationDriver"/> and returns the
/// HTTP answer, which for an invoke carries the result (bot-protocol §4.1).
/// </summary>
public sealed class TeamsInvoker(HttpClient client, LoopbackConnector connector, ConversationDriver person)
{
    public async Task<(HttpStatusCode Status, JsonObject? Body)> InvokeAsync(string name, JsonNode? value)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = name,
            Id = "invoke-" + Guid.NewGuid().ToString("N"),
            ChannelId = Channels.MsTeams,
            ServiceUrl = connector.ServiceUrl,
            From = new ChannelAccount { Id = person.UserId, Name = "Runner" },
            Recipient = new ChannelAccount { Id = "bot", Name = "Runner's Knee Coach" },
            Conversation = new ConversationAccount { Id = person.ConversationId },
            Locale = "en-US",
            Value = value is null ? null : BotJson.ToElement(value),
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity, BotJsonContext.Default.Activity);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)?.AsObject());
    }

    /// <summary>A click on an <c>Action.Execute</c> button: <c>adaptiveCard/action</c> with the button's verb and data.</summary>
    public Task<(HttpStatusCode Status, JsonObject? Body)> ExecuteAsync(string verb, JsonObject data) =>
        InvokeAsync(DialogInput.AdaptiveCardActionInvoke, new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        });

    /// <summary>A click on a Submit whose data has <c>msteams.type = task/fetch</c>: the data comes back under <c>value.data</c>.</summary>
    public Task<(HttpStatusCode Status, JsonObject? Body)> TaskFetchAsync(JsonObject data) =>
        InvokeAsync("task/fetch", new JsonObject { ["data"] = data.DeepClone(), ["context"] = new JsonObject { ["theme"] = "default" } });
}
