using System.Text.Json;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// Reminder phrases and buttons, and the answers to the morning check. The rules are
/// <see cref="PersonReminders"/>'; this says what happened and plans the due events. They work in every mode: a
/// waiting question is asked again after them.
/// </summary>
public sealed class ReminderCommandHandlers(
    PersonRemindersAccessor accessor,
    ReminderTimers timers,
    ReminderCards cards,
    ReminderTexts reminderTexts,
    HistoryRecorder recorder,
    TriageRules triage,
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

    /// <summary>A tap on the morning check's card: kept when it answers the check that waits, otherwise it is late.</summary>
    public async Task<bool> NextMorningTapAsync(CommandTurn turn, CancellationToken ct)
    {
        var data = DialogInput.GetData(turn.Dc.Context.Activity);
        var session = data is { } value && value.TryGetProperty(ReminderCards.MorningSessionProperty, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        var answer = data is { } d && d.TryGetProperty(ReminderCards.AnswerProperty, out var said) && said.ValueKind == JsonValueKind.String
            && Enum.TryParse<NextMorningAnswer>(said.GetString(), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : (NextMorningAnswer?)null;
        var waiting = (await accessor.PeekAsync(turn.Dc.Context, ct))?.AskedSession();
        if (answer is null || session is null || session != waiting)
        {
            await replies.SayAsync(turn.Dc, "nextMorning.late");
            return true;
        }

        await AnswerAsync(turn.Dc, turn.State, waiting, answer.Value, pain: null, ct);
        return true;
    }

    /// <summary>A typed answer to the morning check that waits ("same, 2/10"); false when none waits or the words are no answer.</summary>
    public async Task<bool> TryAnswerCheckAsync(DialogContext dc, CoachState state, CancellationToken ct)
    {
        var activity = dc.Context.Activity;
        if (activity.Type != ActivityTypes.Message
            || (await accessor.PeekAsync(dc.Context, ct))?.AskedSession() is not { } waiting
            || NextMorningReader.Read(TextNormalizer.Words(activity.GetTextWithoutMentions())) is not var (answer, pain))
        {
            return false;
        }

        await AnswerAsync(dc, state, waiting, answer, pain, ct);
        return true;
    }

    private async Task AnswerAsync(DialogContext dc, CoachState state, string sessionId, NextMorningAnswer answer, int? pain, CancellationToken ct)
    {
        (await accessor.GetAsync(dc.Context, ct)).Answered();
        if (!await recorder.NextMorningAsync(dc.Context, sessionId, answer, pain, ct))
        {
            // The session is gone from the history (deleted data) or was answered already.
            await replies.SayAsync(dc, "nextMorning.late");
            return;
        }

        if (answer == NextMorningAnswer.Worse)
        {
            // Worse the morning after: the red-flag lists again, in their short form, then the cautious advice.
            await replies.SayAsync(dc, "nextMorning.worseQuestions");
            var back = state.Mode is ConversationMode.Idle or ConversationMode.Paused ? null : new RedFlagCheckReturn { Question = state.CurrentQuestion, Mode = state.Mode };
            await dc.BeginDialogAsync(DialogIds.RedFlagCheck, new RedFlagCheckOptions { Back = back, ClearKey = "nextMorning.worseClear" }, ct);
            return;
        }

        await replies.SayAsync(dc, answer == NextMorningAnswer.Better ? "nextMorning.thanksBetter" : "nextMorning.thanksSame");
        if (pain is { } score && triage.PainTooHigh(score))
        {
            await replies.SayAsync(dc, "workout.pain.outsideHigh", ("pain", score));
        }

        await dc.RepromptDialogAsync(ct);
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
