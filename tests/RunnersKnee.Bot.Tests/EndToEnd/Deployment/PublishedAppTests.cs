using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// The published output, started as App Service starts it (Production, the platform's port, real credentials, Blob
/// and Queue on Azurite): it answers on that port, takes only signed channel traffic, and serves the chat page.
/// </summary>
public sealed class PublishedAppTests(PublishedBot bot) : IClassFixture<PublishedBot>
{
    [Fact]
    public async Task Published_StartedWithThePlatformPort_ListensThereOnEveryInterfaceAndIsHealthy()
    {
        using var client = bot.CreateClient();

        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.EndsWith($":{bot.PlatformPort}", bot.Process.ListeningOn, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", bot.Process.ListeningOn, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Overriding HTTP_PORTS", bot.Process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_Readiness_Is503WhileStorageIsDownAndHealthyOnceItIsBack_LivenessStaysUp()
    {
        using var client = bot.CreateClient();
        var before = await StatusAsync(client, "/healthz/ready");

        await bot.Azurite.StopAsync();
        (HttpStatusCode Status, string Body) down, liveWhileDown;
        try
        {
            down = await StatusAsync(client, "/healthz/ready");
            liveWhileDown = await StatusAsync(client, "/healthz");
        }
        finally
        {
            await bot.Azurite.StartAsync();
        }

        var after = await StatusAsync(client, "/healthz/ready");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), before);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), down);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), liveWhileDown);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), after);
    }

    [Fact]
    public async Task Published_SignedTeamsMessage_IsAnsweredThroughTheConnectorWithTheBotsToken()
    {
        var conversationId = "a:published-" + Guid.NewGuid().ToString("N");
        var token = TestTokens.Channel(bot.Identity.ChannelKey, PublishedBot.AppId, bot.Connector.ServiceUrl);

        var status = await PostTeamsMessageAsync(conversationId, token);
        var replies = await bot.Connector.WaitForActivitiesAsync(1, conversationId: conversationId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEmpty(replies);
        var calls = bot.Connector.Calls.Where(c => c.ConversationId == conversationId && c.Method == "POST").ToList();
        Assert.All(calls, call => Assert.StartsWith("Bearer loopback-access-token-", call.Authorization, StringComparison.Ordinal));
        Assert.Contains(bot.Identity.TokenRequests, request =>
            request["client_id"] == PublishedBot.AppId && request["client_secret"] == PublishedBot.AppPassword);
    }

    [Fact]
    public async Task Published_UnsignedTeamsMessage_IsRefusedWith401AndNothingIsSent()
    {
        var conversationId = "a:unsigned-" + Guid.NewGuid().ToString("N");

        var status = await PostTeamsMessageAsync(conversationId, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain(bot.Connector.Calls, call => call.ConversationId == conversationId);
    }

    [Fact]
    public async Task Published_ChatPage_IsServedAndItsTokenIsTradedAtDirectLineWithoutShowingTheSecret()
    {
        using var client = bot.CreateClient();

        using var page = await client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        using var script = await client.GetAsync("/lib/webchat.js");
        using var tokenResponse = await client.PostAsync("/api/directline/token", content: null);
        var tokenBody = await tokenResponse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("webchat.js", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.Equal(FakeAzureDirectLine.IssuedToken, JsonNode.Parse(tokenBody)!["token"]!.GetValue<string>());
        Assert.DoesNotContain(PublishedBot.DirectLineSecret, tokenBody, StringComparison.Ordinal);
        Assert.Contains(bot.DirectLine.Requests, request => request.Authorization == $"Bearer {PublishedBot.DirectLineSecret}");
    }

    // Only the word: an anonymous caller learns nothing about which dependency failed or why.
    private static async Task<(HttpStatusCode Status, string Body)> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpStatusCode> PostTeamsMessageAsync(string conversationId, string? token)
    {
        var activity = JsonNode.Parse(Payloads.Read("teams-personal-message.json"))!.AsObject();
        activity["id"] = "m-" + Guid.NewGuid().ToString("N");
        activity["serviceUrl"] = bot.Connector.ServiceUrl;
        activity["conversation"]!["id"] = conversationId;
        activity["recipient"]!["id"] = "28:" + PublishedBot.AppId;
        activity["text"] = "hi";
        using var client = bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
