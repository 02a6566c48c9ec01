using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace RunnersKnee.Testing;

/// <summary>
/// An RSA key generated for one test run, published by <see cref="LoopbackIdentityServer"/> as a JWK with the
/// Bot Framework <c>endorsements</c> (channel ids) and, like Entra's common key set, an optional <c>issuer</c>.
/// </summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, IEnumerable<string>? endorsements = null, string? issuer = null)
    {
        KeyId = keyId;
        Endorsements = endorsements is null ? null : [.. endorsements];
        Issuer = issuer;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    /// <value>The channels this key may sign for; null publishes no <c>endorsements</c> member at all.</value>
    public IReadOnlyList<string>? Endorsements { get; }

    /// <value>The <c>issuer</c> member of the JWK (Entra keys carry one); null leaves it out.</value>
    public string? Issuer { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public half as a JWK object, the way login.botframework.com and Entra publish keys.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode?)JsonValue.Create(e))]);
        }

        if (Issuer is not null)
        {
            jwk["issuer"] = Issuer;
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
