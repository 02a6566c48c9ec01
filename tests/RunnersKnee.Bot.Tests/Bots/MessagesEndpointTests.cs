using System.Net;
using System.Net.Http.Json;
using System.Text;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Bots;

public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task Message_AnonymousMode_RepliesThroughConnector()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp();
        using var client = app.CreateClient();
        var activity = $$$"""
            {"type":"message","id":"m1","text":"hello","channelId":"directline","serviceUrl":"{{{connector.ServiceUrl}}}",
             "from":{"id":"user-1"},"recipient":{"id":"bot"},"conversation":{"id":"conv-1"}}
            """;

        using var response = await client.PostAsync("/api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await connector.WaitForActivitiesAsync(1);
        Assert.Equal("conv-1", connector.Calls.First().ConversationId);
        Assert.Equal("user-1", sent[0].Recipient?.Id);
        Assert.False(string.IsNullOrWhiteSpace(sent[0].Text));
    }

    [Fact]
    public async Task Post_MissingType_Returns400WithReason()
    {
        await using var app = new BotApp();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent("""{"text":"hi"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ErrorBody>();
        Assert.Contains("type", body!.Error.Message, StringComparison.Ordinal);
    }

    private sealed record ErrorBody(ErrorDetailBody Error);

    private sealed record ErrorDetailBody(string Code, string Message);
}
