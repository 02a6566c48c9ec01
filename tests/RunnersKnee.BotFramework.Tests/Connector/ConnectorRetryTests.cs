using System.Net;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.Connector;

/// <summary>
/// Throttling is retried after Retry-After; server errors are retried only where repeating the call is harmless,
/// so a user never gets the same message twice.
/// </summary>
public sealed class ConnectorRetryTests
{
    private const string AppId = "9f1e2d3c-4b5a-4978-8877-665544332211";

    [Fact]
    public async Task Send_429WithRetryAfter_RetriesWithTokenAndSucceeds()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(identity.BotSettings(AppId));
        connector.Respond(HttpStatusCode.TooManyRequests, new Dictionary<string, string> { ["Retry-After"] = "1" });

        var response = await host.ClientFor(connector.ServiceUrl).SendToConversationAsync(HttpConnectorClientTests.Message("c1"), CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(response.Id));
        Assert.Equal(2, connector.Calls.Count);
        Assert.All(connector.Calls, call => Assert.Equal("Bearer " + LoopbackIdentityServer.AccessToken(1), call.Authorization));
    }

    [Fact]
    public async Task Send_429AskingToWaitLongerThanAllowed_FailsWithoutRetrying()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(new Dictionary<string, string?> { ["BotConnector:MaxRetryAfter"] = "00:00:30" });
        connector.Respond(HttpStatusCode.TooManyRequests, new Dictionary<string, string> { ["Retry-After"] = "120" });

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.ClientFor(connector.ServiceUrl).SendToConversationAsync(HttpConnectorClientTests.Message("c1"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Single(connector.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Send_ServerErrorOnPost_IsNotRetried(HttpStatusCode status)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(new Dictionary<string, string?>());
        connector.Respond(status);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            host.ClientFor(connector.ServiceUrl).SendToConversationAsync(HttpConnectorClientTests.Message("c1"), CancellationToken.None));

        Assert.Equal(status, failure.StatusCode);
        Assert.Single(connector.Calls);
    }

    [Fact]
    public async Task Update_ServerErrorOnPut_IsRetriedAndSucceeds()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(new Dictionary<string, string?>());
        connector.Respond(HttpStatusCode.InternalServerError);
        var update = HttpConnectorClientTests.Message("c1");
        update.Id = "card-1";

        var response = await host.ClientFor(connector.ServiceUrl).UpdateActivityAsync(update, CancellationToken.None);

        Assert.Equal("card-1", response.Id);
        Assert.Equal(["PUT", "PUT"], connector.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Delete_ServiceUnavailable_IsRetriedAndSucceeds()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(new Dictionary<string, string?>());
        connector.Respond(HttpStatusCode.ServiceUnavailable);

        await host.ClientFor(connector.ServiceUrl).DeleteActivityAsync("c1", "card-1", CancellationToken.None);

        Assert.Equal(["DELETE", "DELETE"], connector.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task Update_ServerErrorEveryTime_GivesUpAfterConfiguredRetries()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(new Dictionary<string, string?> { ["BotConnector:MaxRetryAttempts"] = "2" });
        for (var i = 0; i < 5; i++)
        {
            connector.Respond(HttpStatusCode.BadGateway);
        }

        var update = HttpConnectorClientTests.Message("c1");
        update.Id = "card-1";
        var failure = await Assert.ThrowsAsync<ConnectorException>(() => host.ClientFor(connector.ServiceUrl).UpdateActivityAsync(update, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, failure.StatusCode);
        Assert.Equal(3, connector.Calls.Count);
    }
}
