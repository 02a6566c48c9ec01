using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token of <c>POST /api/messages</c>. The unvalidated <c>iss</c> only picks the path
/// (Bot Framework channel token or Entra ID token); the chosen validator then checks everything. With no app id
/// the bot runs in anonymous development mode as the SDK does: a request without an Authorization header is
/// accepted; one with a header is refused, since there is no audience to check it against.
/// </summary>
internal sealed class ChannelTokenAuthenticator(
    IOptions<BotAuthenticationOptions> options,
    BotFrameworkTokenValidator channelTokens,
    EntraTokenValidator entraTokens,
    ILogger<ChannelTokenAuthenticator> logger) : IChannelAuthenticator
{
    private static readonly JsonWebTokenHandler Reader = new();

    public async Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ChannelAuthenticationResult result;
        try
        {
            result = await AuthenticateCoreAsync(authorizationHeader, activity, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BotFrameworkLog.SigningKeysUnavailable(logger, exception);
            result = ChannelAuthenticationResult.Fail("The signing keys could not be loaded.");
        }

        if (!result.Succeeded)
        {
            BotFrameworkLog.ChannelTokenRejected(logger, LogText.Of(activity.ChannelId), result.FailureReason);
        }

        return result;
    }

    private async Task<ChannelAuthenticationResult> AuthenticateCoreAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var anonymous = options.Value.IsAnonymous;
        if (authorizationHeader is null)
        {
            return anonymous
                ? ChannelAuthenticationResult.Success(new ClaimsIdentity())
                : ChannelAuthenticationResult.Fail("The request has no Authorization header.");
        }

        if (anonymous)
        {
            return ChannelAuthenticationResult.Fail("This bot has no MicrosoftAppId, so it cannot validate tokens; send no Authorization header.");
        }

        const string Scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || authorizationHeader.Length == Scheme.Length)
        {
            return ChannelAuthenticationResult.Fail("The Authorization header is not a Bearer token.");
        }

        JsonWebToken token;
        try
        {
            token = Reader.ReadJsonWebToken(authorizationHeader[Scheme.Length..].Trim());
        }
        catch (ArgumentException)
        {
            return ChannelAuthenticationResult.Fail("The bearer token is not a well-formed JWT.");
        }

        if (channelTokens.Accepts(token.Issuer))
        {
            return await channelTokens.ValidateAsync(token, activity, cancellationToken);
        }

        return entraTokens.Accepts(token.Issuer)
            ? await entraTokens.ValidateAsync(token, activity, cancellationToken)
            : ChannelAuthenticationResult.Fail("The token's issuer is not trusted.");
    }
}
