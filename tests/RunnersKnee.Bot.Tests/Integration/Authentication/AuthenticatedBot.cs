using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Authentication;

/// <summary>
/// The real app with a MicrosoftAppId (SingleTenant, so its own tenant is trusted too), trusting a loopback
/// identity server, and replying to a loopback connector. Extra keys are published before the first request:
/// one without endorsements, one endorsed for Web Chat only, and an Entra key of another tenant.
/// </summary>
public sealed class AuthenticatedBot : IAsyncLifetime
{
    public const string AppId = "0b5e1e5c-6a43-4a4e-9a2f-4a1d7c6f0e11";
    public const string OwnTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ForeignTenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private HttpClient? _client;

    public LoopbackIdentityServer Identity { get; private set; } = null!;

    public LoopbackConnector Connector { get; private set; } = null!;

    public BotApp App { get; private set; } = null!;

    public TestSigningKey UnendorsedKey { get; } = new("unendorsed-key");

    public TestSigningKey WebChatOnlyKey { get; } = new("webchat-only-key", ["webchat"]);

    public TestSigningKey ForeignEntraKey { get; } = new("foreign-entra-key", issuer: TestTokens.EntraIssuerV2(ForeignTenant));

    /// <summary>Never published: tokens signed with it name an unknown kid.</summary>
    public TestSigningKey UnpublishedKey { get; } = new("unpublished-key", LoopbackIdentityServer.DefaultEndorsements);

    public async Task InitializeAsync()
    {
        Identity = await LoopbackIdentityServer.StartAsync();
        Identity.AddChannelKey(UnendorsedKey);
        Identity.AddChannelKey(WebChatOnlyKey);
        Identity.AddEntraKey(ForeignEntraKey);
        Connector = await LoopbackConnector.StartAsync();
        var settings = Identity.BotSettings(AppId);
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = OwnTenant;
        App = new BotApp(settings);
        _client = App.CreateClient();
    }

    /// <summary>Posts a message activity; returns the status and, for a refusal, the error message.</summary>
    public async Task<(HttpStatusCode Status, string? Reason)> PostMessageAsync(
        string? token, string conversationId, string channelId = "msteams", string? serviceUrl = null, string scheme = "Bearer")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "m-" + conversationId,
            ["text"] = "hello",
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl ?? Connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        using var response = await _client!.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var reason = response.StatusCode == HttpStatusCode.OK ? null : JsonNode.Parse(body)?["error"]?["message"]?.GetValue<string>();
        return (response.StatusCode, reason);
    }

    /// <summary>What reached the connector for one conversation.</summary>
    public IReadOnlyList<ConnectorCall> CallsFor(string conversationId) =>
        [.. Connector.Calls.Where(c => c.ConversationId == conversationId)];

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
        UnendorsedKey.Dispose();
        WebChatOnlyKey.Dispose();
        ForeignEntraKey.Dispose();
        UnpublishedKey.Dispose();
    }
}
