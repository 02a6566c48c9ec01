using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>The part both token kinds share: validate against the cached keys, and once more after a forced refresh on an unknown kid.</summary>
internal static class SignedTokenValidation
{
    /// <summary>RSA signatures only; <c>none</c> and HMAC are refused before any key is tried.</summary>
    public static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>The industry-standard skew the Bot Framework documents.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler Handler = new();

    public static async Task<(TokenValidationResult Result, EndorsedOpenIdConfiguration Configuration)> ValidateAsync(
        JsonWebToken token,
        OpenIdMetadataSource metadata,
        Func<EndorsedOpenIdConfiguration, TokenValidationParameters> parameters,
        CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(cancellationToken);
        var result = await Handler.ValidateTokenAsync(token, parameters(configuration));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException
            && !string.IsNullOrEmpty(token.Kid)
            && await metadata.ForceRefreshAsync(cancellationToken) is { } refreshed)
        {
            configuration = refreshed;
            result = await Handler.ValidateTokenAsync(token, parameters(configuration));
        }

        return (result, configuration);
    }

    /// <summary>The checks common to both paths; the caller adds issuers and keys.</summary>
    public static TokenValidationParameters BaseParameters(string audience) => new()
    {
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidAudience = audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = Algorithms,
        ClockSkew = ClockSkew,
        TryAllIssuerSigningKeys = false,
    };
}
