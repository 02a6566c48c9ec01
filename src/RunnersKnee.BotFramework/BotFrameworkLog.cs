using Microsoft.Extensions.Logging;

namespace RunnersKnee.BotFramework;

/// <summary>
/// Every log event of the protocol layer, in one place so that event ids stay unique and a reviewer can see at a
/// glance that none carries message text, tokens or raw ids. Ranges: 1000 turns, 1100 authentication,
/// 1200 connector, 1300 state.
/// </summary>
internal static partial class BotFrameworkLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "State changed under turn attempt {Attempt}; running the turn again on fresh state.")]
    public static partial void ConflictRetry(ILogger logger, int attempt);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Could not deliver the replies of a turn.")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "A step that waited for the turn's save failed.")]
    public static partial void CommittedActionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Dropped {Count} replies that could not be delivered within the time they are kept.")]
    public static partial void UndeliveredExpired(ILogger logger, int count);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Could not mark delivered replies in a state document; another instance may send them again.")]
    public static partial void DeliveredMarkFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "The channel refused a reply with status {Status}: the bot is no longer in that conversation.")]
    public static partial void ReplyRefused(ILogger logger, int status);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Ignored a redelivered {ActivityType} activity.")]
    public static partial void DuplicateIgnored(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Shutting down: refusing new turns, waiting for {InFlight} in flight.")]
    public static partial void Draining(ILogger logger, int inFlight);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Every turn in flight has finished.")]
    public static partial void Drained(ILogger logger);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "The shutdown window ended with {InFlight} turns still in flight.")]
    public static partial void DrainTimedOut(ILogger logger, int inFlight);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Refused a {ActivityType} activity: the bot is shutting down.")]
    public static partial void RefusedWhileStopping(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Refused an activity from channel {ChannelId}: {Reason}")]
    public static partial void ChannelTokenRejected(ILogger logger, string? channelId, string? reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "The OpenID metadata or signing keys could not be loaded; refusing the activity.")]
    public static partial void SigningKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning,
        Message = "MicrosoftAppId is not set: the bot runs in ANONYMOUS mode ({Environment}). Requests are not authenticated and replies carry no token. Set MicrosoftAppId before exposing this endpoint.")]
    public static partial void AnonymousMode(ILogger logger, string environment);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "MicrosoftAppType '{AppType}' is not known; using MultiTenant. Use MultiTenant, SingleTenant or UserAssignedMSI.")]
    public static partial void UnknownAppType(ILogger logger, string? appType);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning,
        Message = "The serviceUrl host {Host} is not trusted, so the call goes out without the bot's token. Add it to BotConnector:TrustedHostSuffixes if it is a real channel.")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host);

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Created blob container {Container} for bot state.")]
    public static partial void BlobContainerCreated(ILogger logger, string container);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Blob storage could not {Operation} in container {Container}.")]
    public static partial void BlobStoreFailed(ILogger logger, string operation, string container, Exception exception);
}
