using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.Connector;

/// <summary>With <c>BotAuthentication:CertificatePath</c> the bot proves itself with a signed assertion, never a secret.</summary>
public sealed class ClientCertificateTests : IDisposable
{
    private const string AppId = "9f1e2d3c-4b5a-4978-8877-665544332211";
    private readonly string _pfxPath = Path.Combine(Path.GetTempPath(), $"bot-cert-{Guid.NewGuid():N}.pfx");
    private readonly X509Certificate2 _certificate;

    public ClientCertificateTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=runners-knee-test-bot", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = TimeProvider.System.GetUtcNow();
        _certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        File.WriteAllBytes(_pfxPath, _certificate.Export(X509ContentType.Pfx, "pfx-password"));
    }

    [Fact]
    public async Task Send_CertificateConfigured_TokenRequestCarriesAssertionSignedByCertificate()
    {
        await using var identity = await LoopbackIdentityServer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        var settings = identity.BotSettings(AppId, password: string.Empty);
        settings["BotAuthentication:CertificatePath"] = _pfxPath;
        settings["BotAuthentication:CertificatePassword"] = "pfx-password";
        using var host = ConnectorHost.Create(settings);

        await host.ClientFor(connector.ServiceUrl).SendToConversationAsync(HttpConnectorClientTests.Message("c1"), CancellationToken.None);

        var request = Assert.Single(identity.TokenRequests);
        Assert.Null(request["client_secret"]);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", request["client_assertion_type"]);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(request["client_assertion"], new TokenValidationParameters
        {
            ValidIssuer = AppId,
            ValidAudience = $"{identity.BaseUrl}/botframework.com/oauth2/v2.0/token",
            IssuerSigningKey = new X509SecurityKey(_certificate),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal(AppId, validation.Claims["sub"]);
        Assert.Equal("Bearer " + LoopbackIdentityServer.AccessToken(1), Assert.Single(connector.Calls).Authorization);
    }

    public void Dispose()
    {
        _certificate.Dispose();
        File.Delete(_pfxPath);
    }
}
