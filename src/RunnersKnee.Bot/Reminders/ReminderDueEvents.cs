using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Reminders;

/// <summary>
/// The reminder and the morning check coming back as proactive turns. Nobody told to get care is nudged: while the
/// emergency lock or the workout lock holds, a check is dropped and a reminder skipped. A reminder plans the next
/// one whatever it decided, so a skipped day does not end them.
/// </summary>
public sealed class ReminderDueEvents(
    CoachStateAccessor coach,
    PersonRemindersAccessor accessor,
    CoachHistoryAccessor history,
    ReminderTimers timers,
    ReminderCards cards,
    TimeProvider time,
    IOptions<ReminderOptions> options)
{
    public static bool Handles(DueEvent dueEvent) => dueEvent.Name is DueEventNames.NextMorningCheck or DueEventNames.Reminder;

    public async Task HandleAsync(ITurnContext turn, DueEvent dueEvent, CancellationToken cancellationToken)
    {
        // Nothing stored any more (deleted data): nothing to remind of.
        if (await coach.PeekAsync(turn, cancellationToken) is not { } state || await accessor.PeekAsync(turn, cancellationToken) is null)
        {
            return;
        }

        var reminders = await accessor.GetAsync(turn, cancellationToken);
        turn.Activity.Locale = WrittenLanguage.LocaleFor(turn.Activity.Locale, state.Language);
        var locked = state.SafetyLock is not null || state.WorkoutLocked;
        var now = time.GetUtcNow();
        var channel = turn.Activity.ChannelId ?? string.Empty;
        if (dueEvent.Name == DueEventNames.NextMorningCheck)
        {
            if (locked)
            {
                reminders.CancelCheck();
            }
            else if (reminders.Ask(dueEvent.SessionId, now))
            {
                await turn.SendActivityAsync(new Activity { Attachments = [cards.Check(dueEvent.SessionId, channel, turn.Activity.Locale)] }, cancellationToken);
            }

            return;
        }

        var quiet = options.Value.ToQuietHours();
        var snoozed = dueEvent.SessionId == ReminderTimers.Snoozed;
        var exercisedToday = (await history.ReadAsync(turn, cancellationToken)).Sessions.Exists(session => session.CountsAsSession && reminders.SameDay(session.EndedAt, now));
        var busy = state.Workout is { IsOver: false };
        switch (reminders.Due(dueEvent.Step, snoozed, now, quiet, notToday: locked || exercisedToday || busy))
        {
            case ReminderDecision.Stale:
                return;
            case ReminderDecision.Send:
                reminders.Sent(now, snoozed);
                await turn.SendActivityAsync(new Activity { Attachments = [cards.Reminder(channel, turn.Activity.Locale)] }, cancellationToken);
                break;
        }

        if (reminders.NextReminder(now, quiet) is { } next)
        {
            timers.ScheduleReminder(turn, state, next, reminders.Version, snoozed: false);
        }
    }
}
