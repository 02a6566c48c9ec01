using System.Net;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Authentication;

/// <summary>Path B: Entra ID tokens from the Bot Service tenants (and this SingleTenant bot's own tenant).</summary>
public sealed class EntraTokenTests(AuthenticatedBot bot) : IClassFixture<AuthenticatedBot>
{
    private const string AppId = AuthenticatedBot.AppId;

    [Theory]
    [InlineData("v2-bot-service-tenant")]
    [InlineData("v1-bot-service-tenant")]
    [InlineData("second-bot-service-tenant")]
    [InlineData("own-tenant")]
    [InlineData("matching-serviceurl")]
    public async Task Post_ValidEntraToken_RunsTurn(string variant)
    {
        var key = bot.Identity.EntraKey;
        var token = variant switch
        {
            "v2-bot-service-tenant" => TestTokens.Entra(key, AppId),
            "v1-bot-service-tenant" => TestTokens.Create(key, TestTokens.EntraIssuerV1(TestTokens.BotServiceTenant), AppId, Tenant(TestTokens.BotServiceTenant)),
            "second-bot-service-tenant" => TestTokens.Entra(key, AppId, "f8cdef31-a31e-4b4a-93e4-5f571e91255a"),
            "own-tenant" => TestTokens.Entra(key, AppId, AuthenticatedBot.OwnTenant),
            _ => TestTokens.Entra(key, AppId, serviceUrl: bot.Connector.ServiceUrl),
        };

        var (status, reason) = await bot.PostMessageAsync(token, "b-ok-" + variant);

        Assert.True(status == HttpStatusCode.OK, reason);
        Assert.NotEmpty(bot.CallsFor("b-ok-" + variant));
    }

    [Theory]
    [InlineData("untrusted-tenant", "issuer")]
    [InlineData("tid-of-another-tenant", "tenant")]
    [InlineData("key-of-another-issuer", "another issuer")]
    [InlineData("wrong-audience", "audience")]
    [InlineData("expired", "expired")]
    [InlineData("not-yet-valid", "not valid yet")]
    [InlineData("unknown-key", "unknown key")]
    [InlineData("tampered-signature", "signature")]
    [InlineData("alg-none", "signature")]
    [InlineData("serviceurl-mismatch", "serviceurl")]
    [InlineData("tampered-claim", "signature")]
    [InlineData("hs256-with-known-kid", "signature")]
    [InlineData("basic-scheme", "Bearer")]
    public async Task Post_ForgedEntraToken_Returns401AndBotSendsNothing(string forgery, string reasonFragment)
    {
        var conversationId = "b-forged-" + forgery;

        var (status, reason) = await bot.PostMessageAsync(Forge(forgery), conversationId, scheme: forgery == "basic-scheme" ? "Basic" : "Bearer");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains(reasonFragment, reason, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(bot.CallsFor(conversationId));
    }

    private string Forge(string forgery)
    {
        var key = bot.Identity.EntraKey;
        var issuer = TestTokens.EntraIssuerV2(TestTokens.BotServiceTenant);
        var valid = TestTokens.Entra(key, AppId);
        return forgery switch
        {
            "untrusted-tenant" => TestTokens.Entra(key, AppId, AuthenticatedBot.ForeignTenant),
            "tid-of-another-tenant" => TestTokens.Create(key, issuer, AppId, Tenant(AuthenticatedBot.OwnTenant)),
            "key-of-another-issuer" => TestTokens.Entra(bot.ForeignEntraKey, AppId),
            "wrong-audience" => TestTokens.Entra(key, "another-bot-app-id"),
            "expired" => TestTokens.Create(key, issuer, AppId, Tenant(TestTokens.BotServiceTenant), notBefore: TimeSpan.FromMinutes(-70), lifetime: TimeSpan.FromMinutes(60)),
            "not-yet-valid" => TestTokens.Create(key, issuer, AppId, Tenant(TestTokens.BotServiceTenant), notBefore: TimeSpan.FromMinutes(10)),
            "unknown-key" => TestTokens.Entra(bot.UnpublishedKey, AppId),
            "tampered-signature" => TestTokens.WithTamperedSignature(valid),
            "alg-none" => TestTokens.WithoutSignature(valid),
            "serviceurl-mismatch" => TestTokens.Entra(key, AppId, serviceUrl: "https://smba.trafficmanager.net/amer/"),
            "tampered-claim" => TestTokens.WithTamperedClaim(valid, "aud", "another-bot-app-id"),
            "hs256-with-known-kid" => Hs256WithKid(key.KeyId, issuer),
            "basic-scheme" => valid,
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
    }

    /// <summary>The algorithm-confusion forgery on path B: HMAC keyed with something public, naming a real Entra kid.</summary>
    private static string Hs256WithKid(string keyId, string issuer)
    {
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var secret = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(new byte[32]) { KeyId = keyId };
        return handler.CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AppId,
            Claims = new Dictionary<string, object> { ["tid"] = TestTokens.BotServiceTenant, ["ver"] = "2.0" },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(secret, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
    }

    private static Dictionary<string, object?> Tenant(string tenant) => new() { ["tid"] = tenant, ["ver"] = "2.0" };
}
