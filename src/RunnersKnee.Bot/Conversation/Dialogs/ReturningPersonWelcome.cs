using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// A person who opens a new conversation (a reloaded page, a new chat) with a workout unfinished: the workout pauses
/// exactly where it was, its timers with it (they would speak into the old conversation), and "resume" carries on
/// at that set. Anyone else gets the ordinary welcome.
/// </summary>
public sealed class ReturningPersonWelcome(CoachStateAccessor accessor, WorkoutCoach coach, CoachReplies replies)
{
    /// <summary>True when the person was welcomed back to their workout.</summary>
    public async Task<bool> TryWelcomeBackAsync(ITurnContext turn, CoachState state, string? previousConversationId, CancellationToken cancellationToken)
    {
        if (state.Workout is not { IsOver: false } session
            || previousConversationId is null
            || previousConversationId == turn.Activity.Conversation?.Id)
        {
            return false;
        }

        await turn.SendActivityAsync(new Activity { Text = replies.Texts.Get("welcome.backToWorkout", turn.Activity.Locale) }, cancellationToken);
        if (session.Status == WorkoutStatus.Paused)
        {
            await coach.ShowAsync(turn, session, force: true, cancellationToken);
        }
        else
        {
            await coach.PauseAsync(turn, state, session, cancellationToken);
        }

        // The paused workout waits for "resume" with nothing on the stack, as after a typed "pause".
        await accessor.Dialogs.DeleteAsync(turn, cancellationToken);
        state.Mode = ConversationMode.Paused;
        return true;
    }
}
