using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Coaching;

/// <summary>The workout's clocks: set schedules, and the durable "rest over" and "resume reminder" events.</summary>
public sealed class WorkoutTimers(WorkoutPlan plan, RepTempos tempos, IDueEventScheduler scheduler, PrimaryState owners, IOptions<TimerOptions> options, TimeProvider time)
{
    public int RestSeconds => options.Value.RestSeconds;

    /// <summary>The guided-set timeline of the current set (the easier dosage when that is on).</summary>
    public SetSchedule ScheduleFor(WorkoutSession session)
    {
        var exercise = plan.ExerciseAt(session.Position);
        var dosage = session.DosageInUse(exercise);
        return SetSchedule.For(dosage, options.Value, restAfter: false, tempos.For(exercise.Id));
    }

    /// <summary>The running rest as a timeline of its own, from its start (extensions and a resume included).</summary>
    public SetSchedule RestScheduleFor(WorkoutSession session) =>
        SetSchedule.RestOnly((int)Math.Round(((session.RestEndsAt ?? session.RestStartedAt) - session.RestStartedAt)?.TotalSeconds ?? RestSeconds));

    public int MoreRestSeconds => options.Value.MoreRestSeconds;

    public TimeSpan WelcomeBackAfter => options.Value.WelcomeBackAfter;

    /// <summary>How far the running set timer is, counting time before a pause.</summary>
    public TimeSpan Elapsed(WorkoutSession session) => session.TimerElapsed(time.GetUtcNow());

    /// <summary>The timer changes a transition asked for: cancels first, so a new schedule is never cancelled by its own move.</summary>
    public async Task ApplyAsync(ITurnContext turn, CoachState state, WorkoutSession session, WorkoutTimerChanges changes, CancellationToken cancellationToken)
    {
        if (changes.HasFlag(WorkoutTimerChanges.CancelAll))
        {
            await CancelAllAsync(turn, cancellationToken);
        }
        else if (changes.HasFlag(WorkoutTimerChanges.CancelRest))
        {
            await CancelRestAsync(turn, cancellationToken);
        }

        if (changes.HasFlag(WorkoutTimerChanges.ScheduleRestOver))
        {
            await ScheduleRestOverAsync(turn, state, session, cancellationToken);
        }

        if (changes.HasFlag(WorkoutTimerChanges.ScheduleResumeReminder))
        {
            await ScheduleResumeReminderAsync(turn, state, session, cancellationToken);
        }
    }

    // Timer changes wait until the turn's state is saved: an attempt that loses a save race must leave no timer behind.
    public Task ScheduleRestOverAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken)
    {
        var dueEvent = new DueEvent(KeyFor(turn, DueEventNames.RestOver), DueEventNames.RestOver, session.RestEndsAt!.Value.AddSeconds(options.Value.RestOverGraceSeconds), ReferenceFor(turn, state), session.Id, session.Step);
        turn.OnCommitted(ct => scheduler.ScheduleAsync(dueEvent, ct));
        return Task.CompletedTask;
    }

    public Task ScheduleResumeReminderAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken)
    {
        var dueEvent = new DueEvent(KeyFor(turn, DueEventNames.ResumeReminder), DueEventNames.ResumeReminder, time.GetUtcNow() + options.Value.ResumeReminderAfter, ReferenceFor(turn, state), session.Id, session.Step);
        turn.OnCommitted(ct => scheduler.ScheduleAsync(dueEvent, ct));
        return Task.CompletedTask;
    }

    public Task CancelRestAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var key = KeyFor(turn, DueEventNames.RestOver);
        turn.OnCommitted(ct => scheduler.CancelAsync(key, ct));
        return Task.CompletedTask;
    }

    public Task CancelAllAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var rest = KeyFor(turn, DueEventNames.RestOver);
        var reminder = KeyFor(turn, DueEventNames.ResumeReminder);
        turn.OnCommitted(async ct =>
        {
            await scheduler.CancelAsync(rest, ct);
            await scheduler.CancelAsync(reminder, ct);
        });
        return Task.CompletedTask;
    }

    /// <summary>Whose timers these are: the owner of the coach's state, so a new conversation of the same person replaces them.</summary>
    public string OwnerKey(Activity activity) =>
        owners.KeyFor(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, activity.From?.Id);

    private string KeyFor(ITurnContext turn, string name) => $"{OwnerKey(turn.Activity)}/{name}";

    private static ConversationReference ReferenceFor(ITurnContext turn, CoachState state) =>
        state.Reference ?? turn.Activity.GetConversationReference();
}
