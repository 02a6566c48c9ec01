using System.Net;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Authentication;

/// <summary>Keys can be added at any time: an unknown kid forces one re-read of the key set, and only one.</summary>
public sealed class SigningKeyRotationTests
{
    private const string AppId = "5d3c2b1a-0000-4000-8000-00000000beef";

    [Fact]
    public async Task Post_TokenSignedWithNewlyPublishedKey_RereadsKeysAndAccepts()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(identity.BotSettings(AppId));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, TestTokens.Channel(identity.ChannelKey, AppId, connector.ServiceUrl), connector, "r1"));
        using var rotated = new TestSigningKey("channel-key-2", LoopbackIdentityServer.DefaultEndorsements);
        identity.AddChannelKey(rotated);

        var status = await PostAsync(client, TestTokens.Channel(rotated, AppId, connector.ServiceUrl), connector, "r2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(connector.SentActivities("r2"));
    }

    [Fact]
    public async Task Post_UnknownKidsInARow_RereadKeysOnlyOnce()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(identity.BotSettings(AppId));
        using var client = app.CreateClient();
        using var forged = new TestSigningKey("forged-key", LoopbackIdentityServer.DefaultEndorsements);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(client, TestTokens.Channel(forged, AppId, connector.ServiceUrl), connector, "u1"));
        var readsAfterFirst = identity.ChannelKeySetReads;

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(client, TestTokens.Channel(forged, AppId, connector.ServiceUrl), connector, "u" + i));
        }

        Assert.Equal(2, readsAfterFirst);
        Assert.Equal(readsAfterFirst, identity.ChannelKeySetReads);
        Assert.Empty(connector.Calls);
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string token, LoopbackConnector connector, string conversationId)
    {
        var activity = $$$"""
            {"type":"message","id":"{{{conversationId}}}","text":"hi","channelId":"msteams","serviceUrl":"{{{connector.ServiceUrl}}}",
             "from":{"id":"user-1"},"recipient":{"id":"bot"},"conversation":{"id":"{{{conversationId}}}"}}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
