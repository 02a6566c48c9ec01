using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Authentication;

/// <summary>No MicrosoftAppId (development): requests without a token run; a token is still refused; replies carry none.</summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public async Task Post_AnonymousModeWithAuthorizationHeader_Returns401AndSendsNothing()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp();
        using var client = app.CreateClient();
        using var request = Message(connector, "anon-1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.e30.");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Post_AnonymousModeWithoutHeader_RepliesWithoutBearerToken()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(new Dictionary<string, string?> { ["BotConnector:AllowLoopback"] = "true" });
        using var client = app.CreateClient();
        using var request = Message(connector, "anon-2");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(connector.Calls);
        Assert.All(connector.Calls, call => Assert.Equal(string.Empty, call.Authorization));
    }

    private static HttpRequestMessage Message(LoopbackConnector connector, string conversationId) => new(HttpMethod.Post, "/api/messages")
    {
        Content = new StringContent(
            $$$"""
            {"type":"message","id":"m1","text":"hi","channelId":"emulator","serviceUrl":"{{{connector.ServiceUrl}}}",
             "from":{"id":"user-1"},"recipient":{"id":"bot"},"conversation":{"id":"{{{conversationId}}}"}}
            """,
            Encoding.UTF8,
            "application/json"),
    };
}
