using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RunnersKnee.Testing;

/// <summary>Mints the tokens channels send, and the forgeries a bot must refuse.</summary>
public static class TestTokens
{
    /// <summary>The exact issuer of Bot Framework channel tokens.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>A Bot Service tenant (Bot Framework auth v3.1) trusted for Entra ID tokens by default.</summary>
    public const string BotServiceTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string EntraIssuerV2(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    public static string EntraIssuerV1(string tenant) => $"https://sts.windows.net/{tenant}/";

    /// <summary>
    /// A signed JWT. <paramref name="notBefore"/> and <paramref name="lifetime"/> are relative to now; claims with a
    /// null value are left out.
    /// </summary>
    public static string Create(
        TestSigningKey key,
        string issuer,
        string audience,
        IDictionary<string, object?>? claims = null,
        TimeSpan? notBefore = null,
        TimeSpan? lifetime = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var start = now + (notBefore ?? TimeSpan.FromMinutes(-1));
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = start,
            NotBefore = start,
            Expires = start + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = (claims ?? new Dictionary<string, object?>()).Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!),
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        });
    }

    /// <summary>A Bot Framework channel token for <paramref name="serviceUrl"/> (Teams, Web Chat).</summary>
    public static string Channel(TestSigningKey key, string appId, string? serviceUrl) =>
        Create(key, ChannelIssuer, appId, new Dictionary<string, object?> { ["serviceurl"] = serviceUrl, ["appid"] = "channel-app" });

    /// <summary>An Entra ID v2 token from <paramref name="tenant"/>.</summary>
    public static string Entra(TestSigningKey key, string appId, string tenant = BotServiceTenant, string? serviceUrl = null) =>
        Create(key, EntraIssuerV2(tenant), appId, new Dictionary<string, object?> { ["tid"] = tenant, ["ver"] = "2.0", ["serviceurl"] = serviceUrl });

    /// <summary>An <c>alg: none</c> token: the payload of a real one with no signature.</summary>
    public static string WithoutSignature(string signedToken)
    {
        var parts = signedToken.Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{parts[1]}.";
    }

    /// <summary>The same token with one bit of its signature flipped.</summary>
    public static string WithTamperedSignature(string signedToken)
    {
        var parts = signedToken.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[0] ^= 0x01;
        return $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>The same signature over a payload with one claim changed (what a forger would try).</summary>
    public static string WithTamperedClaim(string signedToken, string claim, string value)
    {
        var parts = signedToken.Split('.');
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])))!.AsObject();
        payload[claim] = value;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }
}
