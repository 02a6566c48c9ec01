using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Texts;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Timers;

/// <summary>
/// Runs a due event as a proactive turn in its conversation, with the same ordering and state rules as a message.
/// It acts only if the session is still at the step the event was scheduled for, so a late, repeated or
/// superseded event changes nothing.
/// </summary>
public sealed partial class DueEventHandler(
    BotAdapter adapter,
    CoachStateAccessor accessor,
    WorkoutCoach coach,
    WorkoutDescriber describer,
    TextCatalog texts,
    ILogger<DueEventHandler> logger) : IDueEventHandler
{
    public async Task HandleAsync(DueEvent dueEvent, CancellationToken cancellationToken)
    {
        var result = await adapter.ContinueConversationAsync(
            dueEvent.Reference,
            "due/" + dueEvent.Name,
            null,
            (turn, ct) => RunAsync(turn, dueEvent, ct),
            cancellationToken);
        if (result.Status >= 500)
        {
            LogFailed(logger, dueEvent.Name, result.Status);
            throw new InvalidOperationException($"The {dueEvent.Name} turn failed with {result.Status}; it will be tried again.");
        }
    }

    private async Task RunAsync(ITurnContext turn, DueEvent dueEvent, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turn, cancellationToken);
        if (state.Workout is not { } session)
        {
            return;
        }

        var locale = turn.Activity.Locale;
        switch (dueEvent.Name)
        {
            case DueEventNames.RestOver:
                await coach.RestOverAsync(turn, state, session, dueEvent, cancellationToken);
                break;
            case DueEventNames.ResumeReminder when session.StillPausedAt(dueEvent.SessionId, dueEvent.Step):
                var text = texts.Format("workout.resumeReminder", locale, ("position", describer.Position(session.Position, locale)));
                await turn.SendActivityAsync(new Activity { Text = text }, cancellationToken);
                break;
        }
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "The {EventName} turn failed with status {Status}.")]
    private static partial void LogFailed(ILogger logger, string eventName, int status);
}
