using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RunnersKnee.Testing;

/// <summary>
/// Stands in for login.botframework.com and login.microsoftonline.com on 127.0.0.1: OpenID metadata and key sets
/// for channel tokens and Entra ID tokens (keys generated per run, with endorsements), and a client-credentials
/// token endpoint that records what the bot asked for. <see cref="BotSettings"/> points a bot at it.
/// </summary>
public sealed class LoopbackIdentityServer : IAsyncDisposable
{
    /// <summary>The channels the default channel key is endorsed for.</summary>
    public static readonly IReadOnlyList<string> DefaultEndorsements = ["msteams", "webchat", "directline", "emulator"];

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TestSigningKey> _channelKeys = new();
    private readonly ConcurrentDictionary<string, TestSigningKey> _entraKeys = new();
    private int _issued;
    private int _channelKeySetReads;

    private LoopbackIdentityServer(WebApplication app)
    {
        _app = app;
        AddChannelKey(ChannelKey);
        AddEntraKey(EntraKey);
    }

    /// <summary>Endorsed for <see cref="DefaultEndorsements"/>.</summary>
    public TestSigningKey ChannelKey { get; } = new("channel-key-1", DefaultEndorsements);

    /// <summary>Carries the templated issuer of Entra's common key set.</summary>
    public TestSigningKey EntraKey { get; } = new("entra-key-1", issuer: "https://login.microsoftonline.com/{tenantid}/v2.0");

    public string BaseUrl => _app.Urls.First();

    public string ChannelMetadataUrl => $"{BaseUrl}/botframework/v1/.well-known/openidconfiguration";

    public string EntraMetadataUrl => $"{BaseUrl}/entra/v2.0/.well-known/openid-configuration";

    /// <summary>Client-credentials requests, in arrival order.</summary>
    public ConcurrentQueue<TokenRequest> TokenRequests { get; } = new();

    /// <summary>How many times the channel key set was downloaded.</summary>
    public int ChannelKeySetReads => Volatile.Read(ref _channelKeySetReads);

    /// <value>The <c>expires_in</c> of issued access tokens.</value>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    public static async Task<LoopbackIdentityServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackIdentityServer(app);
        server.Map(app);
        await app.StartAsync();
        return server;
    }

    /// <summary>The access token the n-th token request received (1-based).</summary>
    public static string AccessToken(int n) => $"loopback-access-token-{n}";

    /// <summary>Publishes another channel key (a key rotation).</summary>
    public void AddChannelKey(TestSigningKey key) => _channelKeys[key.KeyId] = key;

    public void AddEntraKey(TestSigningKey key) => _entraKeys[key.KeyId] = key;

    /// <summary>Settings that make a bot with <paramref name="appId"/> trust this server and take its tokens from it.</summary>
    public Dictionary<string, string?> BotSettings(string appId, string password = "loopback-secret") => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = password,
        ["BotAuthentication:ChannelMetadataUrl"] = ChannelMetadataUrl,
        ["BotAuthentication:EntraMetadataUrl"] = EntraMetadataUrl,
        ["BotAuthentication:AuthorityHost"] = BaseUrl,
        ["BotConnector:AllowLoopback"] = "true",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        ChannelKey.Dispose();
        EntraKey.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Metadata(
            TestTokens.ChannelIssuer, $"{BaseUrl}/botframework/v1/.well-known/keys"));
        app.MapGet("/botframework/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _channelKeySetReads);
            return KeySet(_channelKeys.Values);
        });
        app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Metadata(
            "https://login.microsoftonline.com/{tenantid}/v2.0", $"{BaseUrl}/entra/discovery/v2.0/keys"));
        app.MapGet("/entra/discovery/v2.0/keys", () => KeySet(_entraKeys.Values));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            TokenRequests.Enqueue(new TokenRequest(tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
            var n = Interlocked.Increment(ref _issued);
            return Results.Text(
                new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = TokenLifetimeSeconds, ["access_token"] = AccessToken(n) }.ToJsonString(),
                "application/json");
        });
    }

    private static IResult Metadata(string issuer, string keysUrl) => Results.Text(
        new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = "https://invalid.example/authorize",
            ["jwks_uri"] = keysUrl,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString(),
        "application/json");

    private static IResult KeySet(IEnumerable<TestSigningKey> keys) => Results.Text(
        new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode?)k.ToJwk())]) }.ToJsonString(),
        "application/json");
}
