using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.Connector;

/// <summary>Replies reach the channel at the right, escaped path, carrying the bot's token only where it is trusted.</summary>
public sealed class HttpConnectorClientTests
{
    private const string AppId = "9f1e2d3c-4b5a-4978-8877-665544332211";

    /// <summary>A Teams channel-thread id (<c>:;@=</c>) with <c>/?#|</c> added, which would cut the path if left raw.</summary>
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1712345678901/x?y#z|w";

    [Fact]
    public async Task SendToConversation_TeamsConversationId_PostsToEscapedPathWithTokenFromTokenEndpoint()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(identity.BotSettings(AppId));

        var response = await host.ClientFor(connector.ServiceUrl).SendToConversationAsync(Message(ConversationId), CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations/19:abc@thread.tacv2;messageid=1712345678901%2Fx?y#z|w/activities", call.Path);
        Assert.Equal(ConversationId, call.ConversationId);
        Assert.Equal("Bearer " + LoopbackIdentityServer.AccessToken(1), call.Authorization);
        Assert.False(string.IsNullOrEmpty(response.Id));
        var tokenRequest = Assert.Single(identity.TokenRequests);
        Assert.Equal("botframework.com", tokenRequest.Tenant);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
        Assert.Equal("loopback-secret", tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
    }

    [Fact]
    public async Task ReplyToActivity_ReplyIdWithSeparators_PostsUnderEscapedActivityId()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(identity.BotSettings(AppId));
        var reply = Message(ConversationId);
        reply.ReplyToId = "1712345678901;x/y";

        await host.ClientFor(connector.ServiceUrl).ReplyToActivityAsync(reply, CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(ConversationId, call.ConversationId);
        Assert.Equal("1712345678901;x/y", call.ActivityId);
    }

    [Fact]
    public async Task Send_SeveralCalls_FetchOneTokenAndReuseIt()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(identity.BotSettings(AppId));
        var client = host.ClientFor(connector.ServiceUrl);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => client.SendToConversationAsync(Message("c" + i), CancellationToken.None)));
        await client.SendToConversationAsync(Message("c-last"), CancellationToken.None);

        Assert.Single(identity.TokenRequests);
        Assert.All(connector.Calls, call => Assert.Equal("Bearer " + LoopbackIdentityServer.AccessToken(1), call.Authorization));
    }

    [Fact]
    public async Task Send_SingleTenantBot_GetsTokenFromItsOwnTenant()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var settings = identity.BotSettings(AppId);
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        using var host = ConnectorHost.Create(settings);

        await host.ClientFor(connector.ServiceUrl).SendToConversationAsync(Message("c1"), CancellationToken.None);

        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", Assert.Single(identity.TokenRequests).Tenant);
    }

    [Fact]
    public async Task Send_LoopbackNotTrustedOutsideDevelopment_SendsNoTokenAndFetchesNone()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var settings = identity.BotSettings(AppId);
        settings["BotConnector:AllowLoopback"] = "false";
        using var host = ConnectorHost.Create(settings, environment: "Production");

        await host.ClientFor(connector.ServiceUrl).SendToConversationAsync(Message("c1"), CancellationToken.None);

        Assert.Equal(string.Empty, Assert.Single(connector.Calls).Authorization);
        Assert.Empty(identity.TokenRequests);
    }

    [Fact]
    public async Task Send_LoopbackInDevelopment_SendsToken()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var settings = identity.BotSettings(AppId);
        settings["BotConnector:AllowLoopback"] = "false";
        using var host = ConnectorHost.Create(settings, environment: "Development");

        await host.ClientFor(connector.ServiceUrl).SendToConversationAsync(Message("c1"), CancellationToken.None);

        Assert.Equal("Bearer " + LoopbackIdentityServer.AccessToken(1), Assert.Single(connector.Calls).Authorization);
    }

    [Fact]
    public async Task Send_AnonymousMode_SendsNoToken()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        using var host = ConnectorHost.Create(new Dictionary<string, string?> { ["BotConnector:AllowLoopback"] = "true" });

        await host.ClientFor(connector.ServiceUrl).SendToConversationAsync(Message("c1"), CancellationToken.None);

        Assert.Equal(string.Empty, Assert.Single(connector.Calls).Authorization);
        Assert.Empty(identity.TokenRequests);
    }

    internal static Activity Message(string conversationId) => new()
    {
        Type = ActivityTypes.Message,
        Text = "Hold the wall sit for 30 seconds.",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "bot" },
        Recipient = new ChannelAccount { Id = "user-1" },
    };
}
