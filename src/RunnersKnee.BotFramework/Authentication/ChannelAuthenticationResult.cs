using System.Security.Claims;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>The outcome of <see cref="IChannelAuthenticator"/>: an identity, or why the request is refused.</summary>
public sealed record ChannelAuthenticationResult(ClaimsIdentity? Identity, string? FailureReason)
{
    public bool Succeeded => Identity is not null;

    public static ChannelAuthenticationResult Success(ClaimsIdentity identity) => new(identity, null);

    public static ChannelAuthenticationResult Fail(string reason) => new(null, reason);
}
