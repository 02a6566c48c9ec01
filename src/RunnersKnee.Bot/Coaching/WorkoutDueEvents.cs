using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Coaching;

/// <summary>
/// The workout's own timers coming back as proactive turns: "rest over" moves the session on (the session decides
/// whether the event still applies), a resume reminder nudges a paused session.
/// </summary>
public sealed class WorkoutDueEvents(CoachStateAccessor accessor, WorkoutCoach coach, WorkoutDescriber describer, TextCatalog texts)
{
    public async Task HandleAsync(ITurnContext turn, DueEvent dueEvent, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turn, cancellationToken);
        if (state.Workout is not { } session)
        {
            return;
        }

        switch (dueEvent.Name)
        {
            case DueEventNames.RestOver:
                await coach.RestOverAsync(turn, state, session, dueEvent, cancellationToken);
                break;
            case DueEventNames.ResumeReminder when session.StillPausedAt(dueEvent.SessionId, dueEvent.Step):
                var locale = turn.Activity.Locale;
                var text = texts.Format("workout.resumeReminder", locale, ("position", describer.Position(session.Position, locale, session.Dosages)));
                await turn.SendActivityAsync(new Activity { Text = text }, cancellationToken);
                break;
        }
    }
}
