using System.Text.Json;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// Reminder phrases and buttons ("remind me Mon Wed Fri at 7pm", "my reminders", "later", "stop reminders", "check in
/// at 9"). The rules are <see cref="PersonReminders"/>'; this says what happened and plans the due events. They work
/// in every mode: a waiting question is asked again after them.
/// </summary>
public sealed class ReminderCommandHandlers(
    PersonRemindersAccessor accessor,
    ReminderTimers timers,
    ReminderCards cards,
    ReminderTexts reminderTexts,
    CoachReplies replies,
    TimeProvider time,
    IOptions<ReminderOptions> options)
{
    public async Task<bool> ReminderAsync(CommandTurn turn, CancellationToken ct)
    {
        var request = turn.Command.Reminder ?? FromButton(turn.Dc.Context.Activity);
        if (request is null)
        {
            return false;
        }

        var context = turn.Dc.Context;
        var reminders = await accessor.GetAsync(context, ct);
        reminders.SeeZone(PersonZone.From(context.Activity));
        var handled = request.Kind switch
        {
            ReminderRequestKind.Set => await SetAsync(turn, reminders, request.Days!, request.Time!.Value, ct),
            ReminderRequestKind.Choose => await ChooseAsync(turn, reminders, "reminders.choose", ct),
            ReminderRequestKind.List => await ListAsync(turn, reminders, ct),
            ReminderRequestKind.Stop => await StopAsync(turn, reminders),
            ReminderRequestKind.Snooze => await SnoozeAsync(turn, reminders, request.Snooze!.Value),
            ReminderRequestKind.MorningTime => await MorningTimeAsync(turn, reminders, request.Time!.Value),
            _ => await MorningOffAsync(turn, reminders),
        };
        if (handled)
        {
            await turn.Dc.RepromptDialogAsync(ct);
        }

        return handled;
    }

    private async Task<bool> SetAsync(CommandTurn turn, PersonReminders reminders, IReadOnlyList<DayOfWeek> days, TimeOnly at, CancellationToken ct)
    {
        var quiet = options.Value.ToQuietHours();
        var locale = turn.Locale;
        var channel = turn.Dc.Context.Activity.ChannelId ?? string.Empty;
        var setting = reminders.Set(days, at, quiet);
        if (!setting.Kept)
        {
            var text = replies.Texts.Format("reminders.quiet", locale, ("time", ReminderCards.Time(at)), ("start", ReminderCards.Time(quiet.Start)), ("end", ReminderCards.Time(quiet.End)), ("instead", ReminderCards.Time(setting.Instead!.Value)));
            await turn.Dc.Context.SendActivityAsync(new Activity { Attachments = [cards.Instead(text, days, setting.Instead.Value, channel, locale)] }, ct);
            return true;
        }

        ScheduleNext(turn, reminders, quiet);
        var zone = reminders.Zone ?? PersonZone.Utc;
        await replies.SayAsync(turn.Dc, "reminders.set", ("days", cards.Days(reminders.Weekly!.Days, locale)), ("time", ReminderCards.Time(at)), ("zone", reminderTexts.Zone(zone, locale)));
        if (channel is Channels.WebChat or Channels.DirectLine)
        {
            await replies.SayAsync(turn.Dc, "reminders.webChat");
        }

        return true;
    }

    private async Task<bool> ChooseAsync(CommandTurn turn, PersonReminders reminders, string key, CancellationToken ct)
    {
        var card = cards.Choose(replies.Texts.Get(key, turn.Locale), turn.Dc.Context.Activity.ChannelId ?? string.Empty, turn.Locale, canStop: reminders.Weekly is not null, options.Value.ToQuietHours());
        await turn.Dc.Context.SendActivityAsync(new Activity { Attachments = [card] }, ct);
        return true;
    }

    private async Task<bool> ListAsync(CommandTurn turn, PersonReminders reminders, CancellationToken ct)
    {
        if (reminders.Weekly is not { } weekly)
        {
            return await ChooseAsync(turn, reminders, "reminders.none", ct);
        }

        var locale = turn.Locale;
        var zone = reminders.Zone ?? PersonZone.Utc;
        var lines = new List<string> { replies.Texts.Format("reminders.list", locale, ("days", cards.Days(weekly.Days, locale)), ("time", ReminderCards.Time(weekly.Time)), ("zone", reminderTexts.Zone(zone, locale))) };
        if (reminders.SnoozedUntil is { } snoozed)
        {
            lines.Add(replies.Texts.Format("reminders.listSnoozed", locale, ("when", reminderTexts.When(snoozed, zone, locale))));
        }

        if (reminders.Check is { AskedAt: null } check)
        {
            lines.Add(replies.Texts.Format("reminders.listCheck", locale, ("when", reminderTexts.When(check.DueAt, zone, locale))));
        }

        await turn.Dc.Context.SendActivityAsync(new Activity { Attachments = [cards.List(string.Join(" ", lines), turn.Dc.Context.Activity.ChannelId ?? string.Empty, locale)] }, ct);
        return true;
    }

    private async Task<bool> StopAsync(CommandTurn turn, PersonReminders reminders)
    {
        var had = reminders.Stop();
        timers.CancelReminder(turn.Dc.Context);
        timers.CancelCheck(turn.Dc.Context);
        await replies.SayAsync(turn.Dc, had ? "reminders.stopped" : "reminders.noneToStop");
        return true;
    }

    private async Task<bool> SnoozeAsync(CommandTurn turn, PersonReminders reminders, SnoozeKind kind)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        if (!reminders.CanSnooze(now, settings.SnoozeWindow))
        {
            // "Later" with no reminder just sent is an answer to whatever waits, not a command.
            return false;
        }

        var at = reminders.Snooze(now, kind, settings.ToQuietHours(), settings.SnoozeFor);
        timers.ScheduleReminder(turn.Dc.Context, turn.State, at, reminders.Version, snoozed: true);
        await replies.SayAsync(turn.Dc, "reminders.snoozed", ("when", reminderTexts.When(at, reminders.Zone ?? PersonZone.Utc, turn.Locale)));
        return true;
    }

    private async Task<bool> MorningTimeAsync(CommandTurn turn, PersonReminders reminders, TimeOnly at)
    {
        var due = reminders.MoveCheck(at, options.Value.ToQuietHours());
        await replies.SayAsync(turn.Dc, "nextMorning.moved", ("time", ReminderCards.Time(reminders.MorningTime!.Value)));
        if (due is { } next && reminders.Check is { } check)
        {
            timers.ScheduleCheck(turn.Dc.Context, turn.State, check.SessionId, next);
            await replies.SayAsync(turn.Dc, "nextMorning.movedNext", ("when", reminderTexts.When(next, reminders.Zone ?? PersonZone.Utc, turn.Locale)));
        }

        return true;
    }

    private async Task<bool> MorningOffAsync(CommandTurn turn, PersonReminders reminders)
    {
        reminders.NoChecks();
        timers.CancelCheck(turn.Dc.Context);
        await replies.SayAsync(turn.Dc, "nextMorning.off");
        return true;
    }

    private void ScheduleNext(CommandTurn turn, PersonReminders reminders, QuietHours quiet)
    {
        if (reminders.NextReminder(time.GetUtcNow(), quiet) is { } next)
        {
            timers.ScheduleReminder(turn.Dc.Context, turn.State, next, reminders.Version, snoozed: false);
        }
    }

    /// <summary>A reminder button's phrase, or the days and time chosen on the card, read like typed text.</summary>
    private static ReminderRequest? FromButton(Activity activity)
    {
        if (DialogInput.GetData(activity) is not { } data)
        {
            return null;
        }

        var phrase = data.TryGetProperty(ReminderCards.PhraseProperty, out var said) && said.ValueKind == JsonValueKind.String
            ? said.GetString()
            : ReminderCards.PhraseOfInputs(data);
        return phrase is null ? null : ReminderPhrase.Read(TextNormalizer.Words(phrase));
    }
}
