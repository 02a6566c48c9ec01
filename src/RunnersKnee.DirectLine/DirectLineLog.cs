using Microsoft.Extensions.Logging;

namespace RunnersKnee.DirectLine;

/// <summary>The Direct Line's log events. Tokens, secrets and message text are never logged.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Started embedded conversation {ConversationId}.")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The bot failed the turn of an embedded Direct Line activity (status {Status}).")]
    public static partial void TurnFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Azure Direct Line refused the token exchange with status {Status}.")]
    public static partial void TokenExchangeRefused(ILogger logger, int status);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Could not exchange the Direct Line secret for a token.")]
    public static partial void TokenExchangeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "The stream of conversation {ConversationId} closed ({Reason}).")]
    public static partial void StreamClosed(ILogger logger, string conversationId, string reason);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Debug, Message = "Forgot {Count} idle embedded conversations.")]
    public static partial void ConversationsExpired(ILogger logger, int count);
}
