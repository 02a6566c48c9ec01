using RunnersKnee.Bot.Diagnostics;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// The one place a failed turn ends: log it with the exception, tell the person something useful, and reset the
/// conversation so a corrupt dialog stack cannot trap them. A storage outage is different: their progress is
/// still safe in the store, so it is kept and they are asked to try again.
/// </summary>
public sealed class TurnErrorHandler(PrimaryState primaryState, TextCatalog texts, ILogger<TurnErrorHandler> logger) : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is StorageUnavailableException or StorageConflictException)
        {
            CoachLog.TurnStorageFailed(logger, exception);
            await turnContext.SendActivityAsync(new() { Text = texts.Get("error.storage", turnContext.Activity.Locale) }, cancellationToken);
            return;
        }

        CoachLog.TurnFailed(logger, exception, LogText.Of(turnContext.Activity.Type));
        await turnContext.SendActivityAsync(new() { Text = texts.Get("error.general", turnContext.Activity.Locale) }, cancellationToken);
        try
        {
            await primaryState.DeleteAsync(turnContext, cancellationToken);
        }
        catch (Exception resetFailure)
        {
            CoachLog.TurnResetFailed(logger, resetFailure);
        }
    }
}
