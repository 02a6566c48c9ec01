using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Reminders;

/// <summary>
/// Plans the morning check when a session with a set done ends (not one a red flag stopped: that ends with the care
/// guidance), says when it comes, and drops it when a later session starts.
/// </summary>
public sealed class NextMorningPlanner(
    PersonRemindersAccessor accessor,
    ReminderTimers timers,
    ReminderCards cards,
    ReminderTexts reminderTexts,
    TextCatalog texts,
    TimeProvider time,
    IOptions<ReminderOptions> options)
{
    private const string PlannedKey = "next-morning-planned";

    /// <summary>A new session: the check still planned for an earlier one is not sent.</summary>
    public async Task SessionStartedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await accessor.PeekAsync(turn, cancellationToken) is { Check.AskedAt: null }
            && (await accessor.GetAsync(turn, cancellationToken)).CancelCheck())
        {
            timers.CancelCheck(turn);
        }
    }

    /// <summary>The session ended: plan its check (once); the note saying when goes out with <see cref="AnnounceAsync"/>.</summary>
    public async Task SessionEndedAsync(ITurnContext turn, CoachState state, WorkoutSession session, CancellationToken cancellationToken)
    {
        if (session.EndedForCare || !session.Results.Exists(result => result.SetsDone > 0)
            || (await accessor.PeekAsync(turn, cancellationToken))?.PlannedFor == session.Id)
        {
            return;
        }

        var reminders = await accessor.GetAsync(turn, cancellationToken);
        reminders.SeeZone(PersonZone.From(turn.Activity));
        var settings = options.Value;
        if (reminders.PlanCheck(session.Id, session.EndedAt ?? time.GetUtcNow(), settings.NextMorningTime, settings.ToQuietHours()) is { } due)
        {
            timers.ScheduleCheck(turn, state, session.Id, due);
            turn.TurnState.Set(PlannedKey, reminders);
        }
    }

    /// <summary>Says when the check planned in this turn comes, with other times and "no thanks".</summary>
    public async Task AnnounceAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.TurnState.Get<PersonReminders>(PlannedKey) is not { Check: { } check, Zone: { } zone })
        {
            return;
        }

        turn.TurnState.Remove(PlannedKey);
        var locale = turn.Activity.Locale;
        var at = TimeOnly.FromDateTime(zone.LocalAt(check.DueAt));
        var text = texts.Format("nextMorning.planned", locale, ("time", ReminderCards.Time(at)), ("zone", reminderTexts.Zone(zone, locale)));
        await turn.SendActivityAsync(new Activity { Attachments = [cards.CheckPlanned(text, at, turn.Activity.ChannelId ?? string.Empty, locale)] }, cancellationToken);
    }
}
