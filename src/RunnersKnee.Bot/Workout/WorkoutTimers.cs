using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Timers;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Workout;

/// <summary>The workout's clocks: set schedules, and the durable "rest over" and "resume reminder" events.</summary>
public sealed class WorkoutTimers(WorkoutPlan plan, IDueEventScheduler scheduler, IOptions<TimerOptions> options, TimeProvider time)
{
    public int RestSeconds => options.Value.RestSeconds;

    /// <summary>The guided-set timeline of the current set (the easier dosage when that is on).</summary>
    public SetSchedule ScheduleFor(WorkoutSession session)
    {
        var exercise = plan.ExerciseAt(session.Position);
        var dosage = session.ResultFor(exercise.Id).Easier ? exercise.Easier.Dosage : exercise.Dosage;
        return SetSchedule.For(dosage, options.Value, restAfter: false);
    }

    /// <summary>How far the running set timer is, counting time before a pause.</summary>
    public TimeSpan Elapsed(WorkoutSession session) =>
        session.TimerStartedAt is { } started ? session.TimerElapsedBeforePause + (time.GetUtcNow() - started) : session.TimerElapsedBeforePause;

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

    public static string ConversationKey(Activity activity) => $"{activity.ChannelId}/{activity.Conversation?.Id}";

    private static string KeyFor(ITurnContext turn, string name) => $"{ConversationKey(turn.Activity)}/{name}";

    private static ConversationReference ReferenceFor(ITurnContext turn, CoachState state) =>
        state.Reference ?? turn.Activity.GetConversationReference();
}
