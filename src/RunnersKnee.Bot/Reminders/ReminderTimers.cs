using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Reminders;

/// <summary>
/// The reminder and the morning check as durable due events, one of each per person (keyed by the owner of the
/// person's state, like the workout's timers, so scheduling again replaces). Changes run after the turn's save.
/// </summary>
public sealed class ReminderTimers(IDueEventScheduler scheduler, WorkoutTimers owners)
{
    /// <summary>The <see cref="DueEvent.SessionId"/> of a reminder the person snoozed (it may come on a day that had one).</summary>
    public const string Snoozed = "snoozed";

    /// <summary>The <see cref="DueEvent.SessionId"/> of a regular reminder.</summary>
    public const string Regular = "weekly";

    public void ScheduleCheck(ITurnContext turn, CoachState state, string sessionId, DateTimeOffset dueAt) =>
        Schedule(turn, new DueEvent(KeyFor(turn, DueEventNames.NextMorningCheck), DueEventNames.NextMorningCheck, dueAt, ReferenceFor(turn, state), sessionId, 0));

    public void CancelCheck(ITurnContext turn) => Cancel(turn, KeyFor(turn, DueEventNames.NextMorningCheck));

    /// <param name="version">The reminders' version when planned: a change since makes the event stale.</param>
    public void ScheduleReminder(ITurnContext turn, CoachState state, DateTimeOffset dueAt, int version, bool snoozed) =>
        Schedule(turn, new DueEvent(KeyFor(turn, DueEventNames.Reminder), DueEventNames.Reminder, dueAt, ReferenceFor(turn, state), snoozed ? Snoozed : Regular, version));

    public void CancelReminder(ITurnContext turn) => Cancel(turn, KeyFor(turn, DueEventNames.Reminder));

    // After the save: a turn that loses a save race must leave no event behind.
    private void Schedule(ITurnContext turn, DueEvent dueEvent) => turn.OnCommitted(ct => scheduler.ScheduleAsync(dueEvent, ct));

    private void Cancel(ITurnContext turn, string key) => turn.OnCommitted(ct => scheduler.CancelAsync(key, ct));

    private string KeyFor(ITurnContext turn, string name) => $"{owners.OwnerKey(turn.Activity)}/{name}";

    private static ConversationReference ReferenceFor(ITurnContext turn, CoachState state) =>
        state.Reference ?? turn.Activity.GetConversationReference();
}
