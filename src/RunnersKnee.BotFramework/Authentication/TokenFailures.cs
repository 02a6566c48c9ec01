using Microsoft.IdentityModel.Tokens;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>Short, safe reasons for the 401 body and the log; never the token or library internals.</summary>
internal static class TokenFailures
{
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidLifetimeException => "The token's lifetime is invalid.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot's MicrosoftAppId.",
        SecurityTokenInvalidIssuerException invalid when invalid.Message.Contains("IDX40005", StringComparison.Ordinal)
            => "The token's signing key belongs to another issuer.",
        SecurityTokenInvalidIssuerException invalid when invalid.Message.Contains("IDX40004", StringComparison.Ordinal)
            => "The token's tenant does not match its issuer.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with an unknown key.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        _ => "The token could not be validated.",
    };
}
