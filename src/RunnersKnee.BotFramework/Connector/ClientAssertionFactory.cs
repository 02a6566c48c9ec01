using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// Signs the short-lived JWT that replaces a client secret when <c>BotAuthentication:CertificatePath</c> is set
/// (RFC 7523; Entra ID finds the certificate by the <c>x5t</c> header).
/// </summary>
internal sealed class ClientAssertionFactory(IOptions<BotAuthenticationOptions> options, TimeProvider timeProvider) : IDisposable
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly Lazy<X509Certificate2> _certificate = new(() => Load(options.Value.BotAuthentication));

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.BotAuthentication.CertificatePath);

    public string Create(string clientId, string tokenEndpoint)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = tokenEndpoint,
            Subject = new ClaimsIdentity([new Claim("sub", clientId), new Claim("jti", Guid.NewGuid().ToString())]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new X509SigningCredentials(_certificate.Value, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value.Dispose();
        }
    }

    private static X509Certificate2 Load(BotAuthenticationSettings settings)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath!, settings.CertificatePassword);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new BotTokenException("BotAuthentication:CertificatePath holds no private key.");
        }

        return certificate;
    }
}
