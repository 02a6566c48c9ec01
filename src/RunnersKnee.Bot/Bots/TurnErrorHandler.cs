using RunnersKnee.Bot.Texts;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Bots;

/// <summary>
/// The one place a failed turn ends: log it with the exception, tell the person something useful, and reset the
/// conversation so a corrupt dialog stack cannot trap them. A storage outage is different: their progress is
/// still safe in the store, so it is kept and they are asked to try again.
/// </summary>
public sealed partial class TurnErrorHandler(PrimaryState primaryState, TextCatalog texts, ILogger<TurnErrorHandler> logger) : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is StorageUnavailableException or StorageConflictException)
        {
            LogStorageFailure(logger, exception);
            await turnContext.SendActivityAsync(new() { Text = texts.Get("error.storage", turnContext.Activity.Locale) }, cancellationToken);
            return;
        }

        LogTurnFailure(logger, exception, turnContext.Activity.Type);
        await turnContext.SendActivityAsync(new() { Text = texts.Get("error.general", turnContext.Activity.Locale) }, cancellationToken);
        try
        {
            await primaryState.DeleteAsync(turnContext, cancellationToken);
        }
        catch (Exception resetFailure)
        {
            LogResetFailure(logger, resetFailure);
        }
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Error, Message = "A {ActivityType} turn failed; the conversation was reset.")]
    private static partial void LogTurnFailure(ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Storage failed during a turn; the person was asked to try again.")]
    private static partial void LogStorageFailure(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Could not reset the conversation state after a failed turn.")]
    private static partial void LogResetFailure(ILogger logger, Exception exception);
}
