using Microsoft.Extensions.Logging;

namespace RunnersKnee.Bot.Diagnostics;

/// <summary>
/// Every log event of the app, in one place so that event ids stay unique and a reviewer can see at a glance that
/// none carries message text, tokens or raw ids. Ranges: 2000 conversation, 2100 content, 2200 privacy,
/// 3000 scheduling (3100 local, 3200 queue), 5000 security. (1000s are the protocol layer's, 4100s the Direct Line's.)
/// </summary>
internal static partial class CoachLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Error, Message = "A {ActivityType} turn failed; the conversation was reset.")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Storage failed during a turn; the person was asked to try again.")]
    public static partial void TurnStorageFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Could not reset the conversation state after a failed turn.")]
    public static partial void TurnResetFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Content loaded and validated: {Count} exercises, texts, cards, safety language, thresholds, care routes.")]
    public static partial void ContentLoaded(ILogger logger, int count);

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Erased {Count} stored documents untouched for {Days} days (retention limit).")]
    public static partial void RetentionSwept(ILogger logger, int count, int days);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "The retention sweep failed; it runs again at the next interval.")]
    public static partial void RetentionSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "The {EventName} turn failed with status {Status}.")]
    public static partial void DueEventTurnFailed(ILogger logger, string eventName, int status);

    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "The {EventName} event failed (attempt {Attempt}).")]
    public static partial void LocalDueEventFailed(ILogger logger, Exception exception, string eventName, int attempt);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "The {EventName} event fell due during shutdown; it stays scheduled for the next start.")]
    public static partial void DueEventKeptForRestart(ILogger logger, string eventName);

    [LoggerMessage(EventId = 3200, Level = LogLevel.Warning, Message = "Could not read the timer queue; trying again.")]
    public static partial void QueuePollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "The {EventName} event failed (delivery {DequeueCount}); it will be retried.")]
    public static partial void QueuedEventFailed(ILogger logger, Exception exception, string eventName, int dequeueCount);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Error, Message = "The {EventName} event failed {DequeueCount} times; it was dropped.")]
    public static partial void QueuedEventDropped(ILogger logger, Exception exception, string eventName, int dequeueCount);

    [LoggerMessage(EventId = 5000, Level = LogLevel.Warning, Message = "Rate limit reached: {Method} {Endpoint} answered 429.")]
    public static partial void RateLimitRejected(ILogger logger, string method, string endpoint);
}
