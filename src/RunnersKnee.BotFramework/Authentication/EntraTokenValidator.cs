using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Validators;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// Path B: Entra ID tokens issued by the Bot Service tenants (v1 and v2 issuer forms) or, for SingleTenant and
/// UserAssignedMSI bots, by the bot's own tenant. The shared <c>common</c> key set is narrowed by checking that the
/// signing key belongs to the token's issuer and that <c>tid</c> names the issuing tenant. No endorsements; the
/// <c>serviceurl</c> claim is checked only when present.
/// </summary>
internal sealed class EntraTokenValidator
{
    private readonly BotAuthenticationOptions _options;
    private readonly OpenIdMetadataSource _metadata;
    private readonly HashSet<string> _tenants;
    private readonly HashSet<string> _issuers;

    public EntraTokenValidator(IOptions<BotAuthenticationOptions> options, MetadataDocumentRetriever documents, TimeProvider timeProvider)
    {
        _options = options.Value;
        var settings = _options.BotAuthentication;
        _metadata = new OpenIdMetadataSource(settings.EntraMetadataUrl, documents, settings.MetadataRefreshInterval, timeProvider);
        _tenants = new HashSet<string>(settings.EffectiveBotServiceTenantIds, StringComparer.OrdinalIgnoreCase);
        if (_options.AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMsi && !string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            _tenants.Add(_options.MicrosoftAppTenantId.Trim());
        }

        _issuers = new HashSet<string>(_tenants.SelectMany(IssuersOf), StringComparer.Ordinal);
    }

    public bool Accepts(string issuer) => _issuers.Contains(issuer);

    public async Task<ChannelAuthenticationResult> ValidateAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, _) = await SignedTokenValidation.ValidateAsync(token, _metadata, Parameters, cancellationToken);
        if (!result.IsValid)
        {
            return ChannelAuthenticationResult.Fail(TokenFailures.Describe(result.Exception));
        }

        // Without this, a token from any tenant signed by the shared keys could claim a trusted issuer.
        if (!token.TryGetPayloadValue<string>("tid", out var tenant) || tenant is null
            || !_tenants.Contains(tenant) || !IssuersOf(tenant).Contains(token.Issuer, StringComparer.Ordinal))
        {
            return ChannelAuthenticationResult.Fail("The token's tenant does not match its issuer.");
        }

        if (token.TryGetPayloadValue<string>(ServiceUrlClaim.Name, out var claimed) && !string.IsNullOrWhiteSpace(claimed)
            && !ServiceUrlClaim.Matches(claimed, activity.ServiceUrl))
        {
            return ChannelAuthenticationResult.Fail("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        return ChannelAuthenticationResult.Success(result.ClaimsIdentity);
    }

    private IEnumerable<string> IssuersOf(string tenant) =>
        _options.BotAuthentication.EffectiveEntraIssuerTemplates.Select(t => t.Replace("{tenantId}", tenant, StringComparison.Ordinal));

    private Microsoft.IdentityModel.Tokens.TokenValidationParameters Parameters(EndorsedOpenIdConfiguration configuration)
    {
        var parameters = SignedTokenValidation.BaseParameters(_options.MicrosoftAppId!);
        parameters.ValidIssuers = _issuers;

        // A fixed snapshot: refreshing is ours to do, and the key-issuer check needs the configuration handed in.
        parameters.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        parameters.EnableAadSigningKeyIssuerValidation();
        return parameters;
    }
}
