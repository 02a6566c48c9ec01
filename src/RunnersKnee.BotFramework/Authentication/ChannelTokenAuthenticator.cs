using System.Security.Claims;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// Validates channel tokens. With no app id configured it runs in anonymous development mode as the SDK does:
/// a request without an Authorization header is accepted; one with a header is still validated (and fails).
/// </summary>
public sealed class ChannelTokenAuthenticator(IOptions<BotAuthenticationOptions> options) : IChannelAuthenticator
{
    public Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous && authorizationHeader is null)
        {
            return Task.FromResult(ChannelAuthenticationResult.Success(new ClaimsIdentity()));
        }

        // Issue #2 replaces this with full JWT validation.
        return Task.FromResult(ChannelAuthenticationResult.Fail("The token could not be validated."));
    }
}
