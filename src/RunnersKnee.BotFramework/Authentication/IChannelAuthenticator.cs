using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>Decides whether an inbound <c>POST /api/messages</c> really comes from a Bot Framework channel.</summary>
public interface IChannelAuthenticator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, if any.</param>
    /// <param name="activity">The parsed activity (its <c>channelId</c> and <c>serviceUrl</c> are checked against the token).</param>
    /// <param name="cancellationToken">Cancels metadata look-ups.</param>
    Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
