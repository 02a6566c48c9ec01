using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Security;

/// <summary>The web chat's limits: a flood gets 429 with Retry-After and a reason, other conversations carry on, and the limit lifts.</summary>
public sealed class RateLimitTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task PageToken_FloodFromOneClient_Gets429ThenRecoversWhenTheWindowEnds()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Security:RateLimits:PageTokenPerClient:PermitLimit"] = "3",
            ["Security:RateLimits:PageTokenPerClient:Window"] = "00:00:05",
        });
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync("/api/directline/token", null);
            statuses.Add(response.StatusCode);
        }

        using var refused = await client.PostAsync("/api/directline/token", null);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 5);
        Assert.Equal("TooManyRequests", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, await PollUntilAsync(() => client.PostAsync("/api/directline/token", null), HttpStatusCode.OK));
    }

    [Fact]
    public async Task DirectLine_FloodOnOneConversation_LimitsThatConversationOnlyAndRecovers()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Security:RateLimits:DirectLinePerConversation:PermitLimit"] = "4",
            ["Security:RateLimits:DirectLinePerConversation:Window"] = "00:00:05",
        });
        using var client = app.CreateClient();
        var flooded = await StartAsync(client);
        var quiet = await StartAsync(client);

        // Starting a conversation is limited per client only; the reads count against the conversation.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await ReadAsync(client, flooded);
            statuses.Add(response.StatusCode);
        }

        using var other = await ReadAsync(client, quiet);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await PollUntilAsync(() => ReadAsync(client, flooded), HttpStatusCode.OK));
    }

    [Fact]
    public async Task DirectLine_FloodFromOneClientAcrossConversations_Gets429()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Security:RateLimits:DirectLinePerClient:PermitLimit"] = "6",
            ["Security:RateLimits:DirectLinePerClient:Window"] = "00:01:00",
        });
        using var client = app.CreateClient();
        var conversations = new List<(string, string)>();
        for (var i = 0; i < 3; i++)
        {
            conversations.Add(await StartAsync(client));
        }

        var statuses = new List<HttpStatusCode>();
        foreach (var conversation in conversations.Concat(conversations))
        {
            using var response = await ReadAsync(client, conversation);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ChannelEndpoint_ManyActivities_IsNeverRateLimited()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Security:RateLimits:DirectLinePerClient:PermitLimit"] = "1",
            ["Security:RateLimits:PageTokenPerClient:PermitLimit"] = "1",
        });
        using var client = app.CreateClient();

        for (var i = 0; i < 10; i++)
        {
            using var response = await client.PostAsync("/api/messages", new StringContent("{}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    private static async Task<(string ConversationId, string Token)> StartAsync(HttpClient client)
    {
        using var tokenResponse = await client.PostAsync("/api/directline/token", null);
        var page = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        var token = page["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using var started = await client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (page["conversationId"]!.GetValue<string>(), token);
    }

    private static Task<HttpResponseMessage> ReadAsync(HttpClient client, (string ConversationId, string Token) conversation)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark=")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token) },
        };
        return client.SendAsync(request);
    }

    /// <summary>Repeats the request until it answers <paramref name="expected"/> or the deadline passes; returns the last status.</summary>
    private static async Task<HttpStatusCode> PollUntilAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Deadline;
        while (true)
        {
            using var response = await send();
            if (response.StatusCode == expected || TimeProvider.System.GetUtcNow() > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(100);
        }
    }
}
