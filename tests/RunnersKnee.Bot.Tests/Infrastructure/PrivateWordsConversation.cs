using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// A Teams conversation with a bearer token (one message delivered twice, one forged token) and a web chat
/// conversation on the embedded Direct Line (page token, start, a message, reconnect, the stream, a refresh), each
/// carrying distinctive words; then what must never leave the process: texts, tokens, the password, user and
/// conversation ids.
/// </summary>
public static class PrivateWordsConversation
{
    public const string AppId = "6c1f0f8e-2d7b-4c55-9b8e-3f0c1d2e4a77";
    public const string Password = "pw-distinctive-Zq81vK";
    public const string TeamsUser = "29:1user-distinctive-7HqXw";
    public const string TeamsConversation = "a:1conv-distinctive-Rt55";
    public const string TeamsText = "my private knee story kiwi-4471";
    public const string WebChatText = "web chat private words mango-9912";

    /// <summary>Settings for the app: real credentials against <paramref name="identity"/>, a timers folder of its own.</summary>
    public static Dictionary<string, string?> Settings(LoopbackIdentityServer identity)
    {
        var settings = identity.BotSettings(AppId, Password);
        settings["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-private-" + Guid.NewGuid().ToString("N"));
        return settings;
    }

    /// <summary>Plays both conversations and returns, by what it is, each value that must never be logged or exported.</summary>
    public static async Task<Dictionary<string, string>> RunAsync(HttpClient client, LoopbackConnector connector, LoopbackIdentityServer identity)
    {
        var bearer = TestTokens.Channel(identity.ChannelKey, AppId, connector.ServiceUrl);

        foreach (var (id, text) in new[] { ("m1", TeamsText), ("m2", "behind the kneecap"), ("m2", "behind the kneecap") })
        {
            Assert.Equal(HttpStatusCode.OK, await PostTeamsAsync(client, connector, bearer, id, text));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await PostTeamsAsync(client, connector, TestTokens.WithTamperedSignature(bearer), "m3", TeamsText));

        var (conversationId, token, userId) = await PageTokenAsync(client);
        var streamUrl = await SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token, "streamUrl");
        await SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, "id", $$"""{"type":"message","text":"{{WebChatText}}"}""");
        await SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=", token, "streamUrl");
        var refreshed = await SendAsync(client, HttpMethod.Post, "/v3/directline/tokens/refresh", token, "token");
        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

            // Only the connect is logged; the in-memory test server may drop the socket before the close handshake ends.
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        return new Dictionary<string, string>
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
            ["web chat conversation id"] = conversationId,
        };
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
