using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Security;

/// <summary>
/// Everything the app logs at Information or above (with its shipped log levels) during a Teams conversation with a
/// bearer token and a web chat conversation on the embedded Direct Line: no message text, no token, no secret,
/// no user id; only hashed ids.
/// </summary>
public sealed class LogCaptureTests
{
    private const string AppId = "6c1f0f8e-2d7b-4c55-9b8e-3f0c1d2e4a77";
    private const string Password = "pw-distinctive-Zq81vK";
    private const string TeamsUser = "29:1user-distinctive-7HqXw";
    private const string TeamsConversation = "a:1conv-distinctive-Rt55";
    private const string TeamsText = "my private knee story kiwi-4471";
    private const string WebChatText = "web chat private words mango-9912";

    [Fact]
    public async Task Conversations_OnBothChannels_LogNoTextTokenSecretOrUserId()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var logs = new LogCapture();
        var settings = identity.BotSettings(AppId, Password);
        settings["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-logs-" + Guid.NewGuid().ToString("N"));
        await using var app = new BotApp(settings, services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = app.CreateClient();
        var bearer = TestTokens.Channel(identity.ChannelKey, AppId, connector.ServiceUrl);

        // Teams: a few turns (one delivered twice, which is logged), then a forged token, which is logged as refused.
        foreach (var (id, text) in new[] { ("m1", TeamsText), ("m2", "behind the kneecap"), ("m2", "behind the kneecap") })
        {
            Assert.Equal(HttpStatusCode.OK, await PostTeamsAsync(client, connector, bearer, id, text));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await PostTeamsAsync(client, connector, TestTokens.WithTamperedSignature(bearer), "m3", TeamsText));

        // Web chat: page token, start, a message, reconnect (a stream token), the stream itself, and a refresh.
        var (conversationId, token, userId) = await PageTokenAsync(client);
        var streamUrl = await SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token, "streamUrl");
        await SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, "id", $$"""{"type":"message","text":"{{WebChatText}}"}""");
        await SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=", token, "streamUrl");
        var refreshed = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/refresh", token, "token");
        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        var logged = logs.AtLeast(LogLevel.Information);
        var secrets = new Dictionary<string, string>
        {
            ["Teams message text"] = TeamsText,
            ["web chat message text"] = WebChatText,
            ["bearer token"] = bearer,
            ["bearer token signature"] = bearer.Split('.')[2],
            ["Direct Line token"] = token,
            ["Direct Line token signature"] = token.Split('.')[2],
            ["refreshed token"] = refreshed,
            ["stream token"] = new Uri(streamUrl).Query,
            ["app password"] = Password,
            ["Teams user id"] = TeamsUser,
            ["Teams conversation id"] = TeamsConversation,
            ["web chat user id"] = userId,
        };
        foreach (var (what, secret) in secrets)
        {
            var leak = logged.FirstOrDefault(e => e.AllText.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak is null, $"The {what} was logged: {leak}");
        }

        // The capture saw the turns: the redelivery and the refusal, the turn's entry under the hashed ids.
        Assert.Contains(logged, e => e.Scopes.Contains(LogHash.Of(TeamsUser), StringComparison.Ordinal) && e.Scopes.Contains(LogHash.Of(TeamsConversation), StringComparison.Ordinal));
        Assert.Contains(logged, e => e.Message.StartsWith("Refused an activity", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> PostTeamsAsync(HttpClient client, LoopbackConnector connector, string bearer, string id, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["text"] = text,
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = TeamsUser, ["name"] = "Pat Runner" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppId },
            ["conversation"] = new JsonObject { ["id"] = TeamsConversation, ["conversationType"] = "personal" },
            ["locale"] = "en-US",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", bearer) },
        };
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<(string ConversationId, string Token, string UserId)> PageTokenAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/directline/token", null);
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (page["conversationId"]!.GetValue<string>(), page["token"]!.GetValue<string>(), page["userId"]!.GetValue<string>());
    }

    /// <summary>Sends with the bearer token; returns one string property of the JSON answer.</summary>
    private static async Task<string> SendAsync(HttpClient client, HttpMethod method, string path, string token, string property, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())![property]!.GetValue<string>();
    }
}
