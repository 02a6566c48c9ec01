using System.Net;
using Microsoft.IdentityModel.Tokens;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Authentication;

/// <summary>Path A: Bot Framework channel tokens (Teams, Web Chat) against the real app over HTTP.</summary>
public sealed class ChannelTokenTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    private const string AppId = AuthenticatedBot.AppId;

    [Fact]
    public async Task Post_ValidChannelToken_RunsTurnAndRepliesWithBotToken()
    {
        var token = TestTokens.Channel(bot.Identity.ChannelKey, AppId, bot.Connector.ServiceUrl);

        var (status, _) = await bot.PostMessageAsync(token, "a-valid");

        Assert.Equal(HttpStatusCode.OK, status);
        var replies = bot.CallsFor("a-valid");
        Assert.NotEmpty(replies);
        Assert.All(replies, reply => Assert.StartsWith("Bearer loopback-access-token-", reply.Authorization, StringComparison.Ordinal));
        Assert.All(bot.Identity.TokenRequests, request =>
        {
            Assert.Equal(AuthenticatedBot.OwnTenant, request.Tenant);
            Assert.Equal(AppId, request["client_id"]);
            Assert.Equal("https://api.botframework.com/.default", request["scope"]);
        });
    }

    [Theory]
    [InlineData("rs384")]
    [InlineData("rs512")]
    [InlineData("serviceurl-without-trailing-slash")]
    [InlineData("serviceurl-in-capitals")]
    public async Task Post_AcceptableChannelTokenVariant_Returns200(string variant)
    {
        var key = bot.Identity.ChannelKey;
        var serviceUrl = bot.Connector.ServiceUrl;
        var claims = new Dictionary<string, object?> { ["serviceurl"] = serviceUrl };
        var token = variant switch
        {
            "rs384" => TestTokens.Create(key, TestTokens.ChannelIssuer, AppId, claims, algorithm: SecurityAlgorithms.RsaSha384),
            "rs512" => TestTokens.Create(key, TestTokens.ChannelIssuer, AppId, claims, algorithm: SecurityAlgorithms.RsaSha512),
            "serviceurl-without-trailing-slash" => TestTokens.Channel(key, AppId, serviceUrl.TrimEnd('/')),
            _ => TestTokens.Channel(key, AppId, serviceUrl.ToUpperInvariant()),
        };

        var (status, reason) = await bot.PostMessageAsync(token, "a-ok-" + variant);

        Assert.True(status == HttpStatusCode.OK, reason);
        Assert.NotEmpty(bot.CallsFor("a-ok-" + variant));
    }

    [Theory]
    [InlineData("wrong-issuer", "issuer")]
    [InlineData("wrong-audience", "audience")]
    [InlineData("expired", "expired")]
    [InlineData("not-yet-valid", "not valid yet")]
    [InlineData("unknown-key", "unknown key")]
    [InlineData("tampered-signature", "signature")]
    [InlineData("tampered-claim", "signature")]
    [InlineData("alg-none", "signature")]
    [InlineData("hs256-with-known-kid", "signature")]
    [InlineData("missing-endorsement", "endorsed")]
    [InlineData("endorsed-for-other-channel", "endorsed")]
    [InlineData("serviceurl-mismatch", "serviceurl")]
    [InlineData("serviceurl-missing", "serviceurl")]
    [InlineData("not-a-jwt", "well-formed")]
    [InlineData("no-header", "Authorization")]
    [InlineData("basic-scheme", "Bearer")]
    public async Task Post_ForgedChannelToken_Returns401AndBotSendsNothing(string forgery, string reasonFragment)
    {
        var conversationId = "a-forged-" + forgery;

        var (status, reason) = await bot.PostMessageAsync(Forge(forgery), conversationId, scheme: forgery == "basic-scheme" ? "Basic" : "Bearer");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains(reasonFragment, reason, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(bot.CallsFor(conversationId));
    }

    private string? Forge(string forgery)
    {
        var key = bot.Identity.ChannelKey;
        var serviceUrl = bot.Connector.ServiceUrl;
        var claims = new Dictionary<string, object?> { ["serviceurl"] = serviceUrl };
        var valid = TestTokens.Channel(key, AppId, serviceUrl);
        return forgery switch
        {
            "wrong-issuer" => TestTokens.Create(key, "https://api.botframework.com.evil.example", AppId, claims),
            "wrong-audience" => TestTokens.Channel(key, "another-bot-app-id", serviceUrl),
            "expired" => TestTokens.Create(key, TestTokens.ChannelIssuer, AppId, claims, notBefore: TimeSpan.FromMinutes(-70), lifetime: TimeSpan.FromMinutes(60)),
            "not-yet-valid" => TestTokens.Create(key, TestTokens.ChannelIssuer, AppId, claims, notBefore: TimeSpan.FromMinutes(10)),
            "unknown-key" => TestTokens.Channel(bot.UnpublishedKey, AppId, serviceUrl),
            "tampered-signature" => TestTokens.WithTamperedSignature(valid),
            "tampered-claim" => TestTokens.WithTamperedClaim(valid, "aud", "another-bot-app-id"),
            "alg-none" => TestTokens.WithoutSignature(valid),
            "hs256-with-known-kid" => Hs256WithKid(key.KeyId, claims),
            "missing-endorsement" => TestTokens.Channel(bot.UnendorsedKey, AppId, serviceUrl),
            "endorsed-for-other-channel" => TestTokens.Channel(bot.WebChatOnlyKey, AppId, serviceUrl),
            "serviceurl-mismatch" => TestTokens.Channel(key, AppId, "https://smba.trafficmanager.net/amer/"),
            "serviceurl-missing" => TestTokens.Channel(key, AppId, null),
            "not-a-jwt" => "not.a.jwt",
            "no-header" => null,
            "basic-scheme" => valid,
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
    }

    /// <summary>The classic algorithm-confusion forgery: HMAC keyed with something public, naming a real kid.</summary>
    private static string Hs256WithKid(string keyId, Dictionary<string, object?> claims)
    {
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var secret = new SymmetricSecurityKey(new byte[32]) { KeyId = keyId };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.ChannelIssuer,
            Audience = AppId,
            Claims = claims.ToDictionary(c => c.Key, c => c.Value!),
            SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256),
        });
    }
}
