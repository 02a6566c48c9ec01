using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// Path A: tokens issued by <c>https://api.botframework.com</c> (Teams, Web Chat, Direct Line). On top of the
/// signature, lifetime and audience, the signing key must be endorsed for the activity's channel and the token's
/// <c>serviceurl</c> claim must name the activity's serviceUrl.
/// </summary>
internal sealed class BotFrameworkTokenValidator
{
    private readonly BotAuthenticationOptions _options;
    private readonly OpenIdMetadataSource _metadata;

    public BotFrameworkTokenValidator(IOptions<BotAuthenticationOptions> options, MetadataDocumentRetriever documents, TimeProvider timeProvider)
    {
        _options = options.Value;
        var settings = _options.BotAuthentication;
        _metadata = new OpenIdMetadataSource(settings.ChannelMetadataUrl, documents, settings.MetadataRefreshInterval, timeProvider);
    }

    public bool Accepts(string issuer) => string.Equals(issuer, _options.BotAuthentication.ChannelIssuer, StringComparison.Ordinal);

    public async Task<ChannelAuthenticationResult> ValidateAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, configuration) = await SignedTokenValidation.ValidateAsync(token, _metadata, Parameters, cancellationToken);
        if (!result.IsValid)
        {
            return ChannelAuthenticationResult.Fail(TokenFailures.Describe(result.Exception));
        }

        var keyId = result.SecurityToken.SigningKey?.KeyId ?? token.Kid;
        if (keyId is null
            || !configuration.Endorsements.TryGetValue(keyId, out var endorsements)
            || !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Fail("The token's signing key is not endorsed for the activity's channel.");
        }

        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim.Name, out var claimed) || string.IsNullOrWhiteSpace(claimed))
        {
            return ChannelAuthenticationResult.Fail("The token has no serviceurl claim.");
        }

        return ServiceUrlClaim.Matches(claimed, activity.ServiceUrl)
            ? ChannelAuthenticationResult.Success(result.ClaimsIdentity)
            : ChannelAuthenticationResult.Fail("The token's serviceurl claim does not match the activity's serviceUrl.");
    }

    private Microsoft.IdentityModel.Tokens.TokenValidationParameters Parameters(EndorsedOpenIdConfiguration configuration)
    {
        var parameters = SignedTokenValidation.BaseParameters(_options.MicrosoftAppId!);
        parameters.ValidIssuer = _options.BotAuthentication.ChannelIssuer;
        parameters.IssuerSigningKeys = configuration.SigningKeys;
        return parameters;
    }
}
