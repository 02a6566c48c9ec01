using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Messages;

/// <summary>
/// A message in a team channel (the real payload, with the bot mentioned): no health question is asked there; the
/// person gets one line in the channel and the coach in a 1:1 chat the bot starts, or a link to it.
/// </summary>
public sealed class GroupConversationTests
{
    [Fact]
    public async Task ChannelMention_AboutTheKnee_AsksNothingThereAndStartsThePrivateChat()
    {
        await using var harness = await CoachHarness.StartAsync();
        var message = ChannelMessage(harness.Connector, "my knee hurts behind the kneecap when I run");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(harness, message));

        var channel = ChannelReplies(harness.Connector, message);
        Assert.Contains("I keep health questions private, so I've sent you a message in our 1:1 chat.", channel, StringComparison.Ordinal);
        Assert.DoesNotContain("Where does your knee hurt", channel, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy:", channel, StringComparison.Ordinal);
        var create = Assert.Single(harness.Connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
        var privateChat = harness.Connector.Calls
            .Where(c => c.Method == "POST" && c.ConversationId is { } id && id != message["conversation"]!["id"]!.GetValue<string>())
            .Select(c => c.Activity!)
            .ToList();
        Assert.NotEmpty(privateChat);
        Assert.Contains(privateChat, a => string.Join(" ", ConversationDriver.TextsOf(a)).Contains("Hi, I'm Runner's Knee Coach", StringComparison.Ordinal));
        Assert.All(privateChat, a => Assert.Equal(message["from"]!["id"]!.GetValue<string>(), a.Recipient?.Id));
        Assert.NotNull(create);
    }

    [Fact]
    public async Task ChannelMention_PrivateChatRefused_GivesALinkToIt()
    {
        await using var harness = await CoachHarness.StartAsync();
        harness.Connector.Respond(HttpStatusCode.Forbidden);
        var message = ChannelMessage(harness.Connector, "can you help with my knee");

        await PostAsync(harness, message);

        var channel = ChannelReplies(harness.Connector, message);
        Assert.Contains("Chat with me 1:1 here", channel, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=", channel, StringComparison.Ordinal);
        Assert.DoesNotContain("Where does your knee hurt", channel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMention_WithChestPain_GivesTheEmergencyRouteFirst()
    {
        await using var harness = await CoachHarness.StartAsync();
        var message = ChannelMessage(harness.Connector, "I have crushing chest pain and my left arm is numb");

        await PostAsync(harness, message);

        var replies = harness.Connector.SentActivities(message["conversation"]!["id"]!.GetValue<string>());
        Assert.Contains("call 911 now", replies[0].Text, StringComparison.Ordinal);
    }

    private static JsonNode ChannelMessage(LoopbackConnector connector, string said)
    {
        var activity = JsonNode.Parse(Payloads.Read("teams-channel-message-bot-mention.json"))!;
        activity["serviceUrl"] = connector.ServiceUrl;
        activity["id"] = "channel-" + Guid.NewGuid().ToString("N");
        activity["locale"] = "en-US";
        activity["text"] = activity["text"]!.GetValue<string>() + " " + said;
        return activity;
    }

    private static async Task<HttpStatusCode> PostAsync(CoachHarness harness, JsonNode activity)
    {
        using var response = await harness.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return response.StatusCode;
    }

    private static string ChannelReplies(LoopbackConnector connector, JsonNode message) =>
        string.Join("\n", connector.SentActivities(message["conversation"]!["id"]!.GetValue<string>()).SelectMany(ConversationDriver.TextsOf));
}
