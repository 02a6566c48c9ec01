using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>Puts the direct safety question in front of whatever was waiting, pausing a running set first.</summary>
public sealed class SafetyCheckStarter(WorkoutCoach coach)
{
    public async Task AskAsync(DialogContext dc, CoachState state, SafetyCheckKind kind, CancellationToken cancellationToken)
    {
        if (state.Mode == ConversationMode.Workout && state.Workout is { IsOver: false, Status: not WorkoutStatus.Paused } session)
        {
            await coach.PauseAsync(dc.Context, state, session, cancellationToken);
        }

        await dc.BeginDialogAsync(DialogIds.SafetyCheck, kind, cancellationToken);
    }
}
