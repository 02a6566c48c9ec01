using System.Net;
using System.Text.Json;
using RunnersKnee.Testing;

namespace RunnersKnee.DirectLine.Tests;

public sealed class DirectLineProductionTests
{
    private const string Secret = "the-direct-line-secret-value";

    [Fact]
    public async Task PageToken_SecretConfigured_ExchangesItAtAzureAndReturnsOnlyTheToken()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var host = await DirectLineHost.StartAsync(
            new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["DirectLine:Endpoint"] = azure.Endpoint },
            environment: "Production");
        using var http = host.CreateClient();

        using var response = await http.PostAsync("api/directline/token", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, raw, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(raw);
        var body = document.RootElement;
        Assert.Equal(["token", "conversationId", "userId", "domain", "person"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(FakeAzureDirectLine.IssuedToken, body.GetProperty("token").GetString());
        Assert.Equal(FakeAzureDirectLine.IssuedConversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(azure.Endpoint, body.GetProperty("domain").GetString());
        var (authorization, sent) = Assert.Single(azure.Requests);
        Assert.Equal($"Bearer {Secret}", authorization);
        var userId = sent.GetProperty("user").GetProperty("id").GetString();
        Assert.StartsWith("dl_", userId, StringComparison.Ordinal);
        Assert.Equal(userId, body.GetProperty("userId").GetString());
        Assert.Equal([$"http://{host.BaseAddress.Authority}"], sent.GetProperty("trustedOrigins").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task PageToken_AzureRefuses_Returns502WithoutTheSecret()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        azure.Status = 403;
        await using var host = await DirectLineHost.StartAsync(
            new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["DirectLine:Endpoint"] = azure.Endpoint, ["DirectLine:TrustedOrigins:0"] = "https://coach.example.org" },
            environment: "Production");
        using var http = host.CreateClient();

        using var response = await http.PostAsync("api/directline/token", content: null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["https://coach.example.org"], Assert.Single(azure.Requests).Body.GetProperty("trustedOrigins").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public async Task EmbeddedEndpoint_ProductionWithoutOptIn_IsNotServed()
    {
        await using var host = await DirectLineHost.StartAsync(environment: "Production");
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);

        using var token = await http.PostAsync("api/directline/token", content: null);
        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", "any");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }

    [Fact]
    public async Task EmbeddedEndpoint_ProductionWithOptIn_Works()
    {
        await using var host = await DirectLineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:EnableEmbedded"] = "true" }, environment: "Production");
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);

        var page = await client.StartConversationAsync();

        Assert.Equal("welcome", (await client.GetActivitiesAsync(page)).Activities[0].GetProperty("text").GetString());
    }
}
