using System.Text.Json;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// The answers to the morning check: a tap naming its session, or typed words while a check waits. Kept with the
/// session through <see cref="HistoryRecorder.NextMorningAsync"/> (the first answer only); "worse" asks the red-flag
/// lists again and ends with the cautious advice.
/// </summary>
public sealed class NextMorningAnswerHandlers(
    PersonRemindersAccessor accessor,
    HistoryRecorder recorder,
    TriageRules triage,
    ReminderCards cards,
    CoachReplies replies)
{
    /// <summary>
    /// A tap on the morning check's card: kept when it answers the check that waits, otherwise it is late. A score chip
    /// shown after the answer adds the optional 0-10 to that session.
    /// </summary>
    public async Task<bool> NextMorningTapAsync(CommandTurn turn, CancellationToken ct)
    {
        var data = DialogInput.GetData(turn.Dc.Context.Activity);
        var session = data is { } value && value.TryGetProperty(ReminderCards.MorningSessionProperty, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (session is not null && data is { } withScore && withScore.TryGetProperty(ReminderCards.PainProperty, out var tapped)
            && tapped.ValueKind == JsonValueKind.Number && tapped.TryGetInt32(out var score))
        {
            await ScoreAsync(turn.Dc, session, score, ct);
            return true;
        }

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
        // The words first: most messages are no answer, and then the reminders need not be deserialized at all.
        if (activity.Type != ActivityTypes.Message
            || NextMorningReader.Read(TextNormalizer.Words(activity.GetTextWithoutMentions())) is not var (answer, pain)
            || (await accessor.PeekAsync(dc.Context, ct))?.AskedSession() is not { } waiting)
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

        var thanks = answer == NextMorningAnswer.Better ? "nextMorning.thanksBetter" : "nextMorning.thanksSame";
        if (pain is null)
        {
            // The score stays optional, and one tap away: chips that name the session, like the answer's buttons.
            var locale = dc.Context.Activity.Locale;
            await dc.Context.SendActivityAsync(new Activity { Attachments = [cards.Score(replies.Texts.Get(thanks, locale), sessionId, dc.Context.Activity.ChannelId ?? string.Empty, locale)] }, ct);
        }
        else
        {
            await replies.SayAsync(dc, thanks);
            await PainAdviceAsync(dc, pain.Value);
        }

        await dc.RepromptDialogAsync(ct);
    }

    private async Task ScoreAsync(DialogContext dc, string sessionId, int pain, CancellationToken ct)
    {
        if (!await recorder.NextMorningPainAsync(dc.Context, sessionId, pain, ct))
        {
            await replies.SayAsync(dc, "nextMorning.late");
            return;
        }

        await replies.SayAsync(dc, "nextMorning.scoreThanks", ("pain", pain));
        await PainAdviceAsync(dc, pain);
        await dc.RepromptDialogAsync(ct);
    }

    private async Task PainAdviceAsync(DialogContext dc, int pain)
    {
        if (triage.PainTooHigh(pain))
        {
            await replies.SayAsync(dc, "workout.pain.outsideHigh", ("pain", pain));
        }
    }
}
