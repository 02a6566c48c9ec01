using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>Tokens of the user-assigned managed identity whose client id is <c>MicrosoftAppId</c> (UserAssignedMSI bots).</summary>
internal sealed class ManagedIdentityTokenSource(IOptions<BotAuthenticationOptions> options) : IAccessTokenSource
{
    private readonly ManagedIdentityCredential _credential =
        new(ManagedIdentityId.FromUserAssignedClientId(options.Value.MicrosoftAppId!));

    public async Task<BotAccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            var token = await _credential.GetTokenAsync(new TokenRequestContext([options.Value.BotAuthentication.OAuthScope]), cancellationToken);
            return new BotAccessToken(token.Token, token.ExpiresOn);
        }
        catch (AuthenticationFailedException exception)
        {
            throw new BotTokenException("The managed identity could not get a token; check that it is assigned to this app.", exception);
        }
    }
}
