using System.Text.Json;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// The front of the path every activity from the person takes, before the active dialog sees it: stale card clicks
/// first, then safety (emergency and crisis language, the emergency lock), then the command as the
/// <see cref="CommandTable"/> says for the <see cref="ConversationMode"/> held in the state. Returns false when the
/// activity is an answer for the active dialog.
/// </summary>
public sealed class CommandRouter(
    CommandParser parser,
    CoachStateAccessor accessor,
    CommandTable table,
    IdleCommandHandlers idle,
    SafetyLockGate safetyLock,
    SafetyCheckStarter safetyCheck,
    UnclearAnswerCheck unclear,
    NextMorningAnswerHandlers morningAnswers,
    CoachReplies replies,
    HistoryRecorder history)
{
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (!DialogInput.IsUserInput(activity))
        {
            return false;
        }

        var state = await accessor.GetAsync(dc.Context, cancellationToken);
        var data = DialogInput.GetData(activity);
        if (data is { } cardData && await IsStaleAsync(dc, state, cardData, cancellationToken))
        {
            return true;
        }

        var command = CommandOf(activity, data);

        // Whichever question it answers, a limp, hip or night pain said during the intake counts for the under-16 rule.
        if (state.Intake?.CompletedAt is null && activity.Type == ActivityTypes.Message && parser.MentionsChildWarningSign(activity.GetTextWithoutMentions()))
        {
            (state.Intake ??= new IntakeAnswers()).ChildWarningSigns = true;
        }

        if (command?.Kind is CommandKind.Emergency or CommandKind.Crisis)
        {
            await replies.EmergencyAsync(dc, state, command.Kind == CommandKind.Crisis ? SafetyLockKind.Crisis : SafetyLockKind.Emergency, cancellationToken);
            return true;
        }

        // The direct safety question waits for its answer: a command ("resume", "done") must not brush it aside.
        if (dc.ActiveDialog?.Id == DialogIds.SafetyCheckPrompt && state.SafetyLock is null)
        {
            return false;
        }

        // While coaching is closed after emergency guidance, every message meets the lock, command or not.
        if (state.SafetyLock is not null)
        {
            return await safetyLock.HandleAsync(dc, state, command, cancellationToken);
        }

        // A vague wording said in answer to the direct question is that answer, read by the question's own dialog.
        if (command?.Kind is CommandKind.CheckEmergency or CommandKind.CheckCrisis && dc.ActiveDialog?.Id != DialogIds.SafetyCheckPrompt)
        {
            await safetyCheck.AskAsync(dc, state, command.Kind == CommandKind.CheckCrisis ? SafetyCheckKind.Crisis : SafetyCheckKind.Emergency, cancellationToken);
            return true;
        }

        // Mid-set, a longer message that is no command is something the coach did not follow: make sure first.
        if (command is null && state.Mode == ConversationMode.Workout && unclear.IsLongEnough(activity, midSet: true))
        {
            await safetyCheck.AskAsync(dc, state, SafetyCheckKind.Either, cancellationToken);
            return true;
        }

        // The morning check's answer typed ("same, 2/10", "a bit worse"): only while it waits, and after every safety screen.
        if (command is null or { Kind: CommandKind.PainReport } && state.Mode != ConversationMode.Workout
            && await morningAnswers.TryAnswerCheckAsync(dc, state, cancellationToken))
        {
            return true;
        }

        if (command is null)
        {
            return false;
        }

        // "knee swollen up, pain 7/10": the warning sign is acted on, and the score said with it is kept all the same.
        if (command is { Kind: CommandKind.SymptomReport or CommandKind.InjuryReport, Pain: { } pain })
        {
            await history.PainAsync(dc.Context, pain, cancellationToken);
        }

        return await table.HandleAsync(new CommandTurn(dc, state, command, state.Mode), cancellationToken);
    }

    /// <summary>A message when nothing is active: start the check, or say where things stand.</summary>
    public async Task StartFromIdleAsync(DialogContext dc, CancellationToken cancellationToken) =>
        await idle.StartFromIdleAsync(dc, await accessor.GetAsync(dc.Context, cancellationToken), cancellationToken);

    private Command? CommandOf(Activity activity, JsonElement? data)
    {
        if (data is { } cardData
            && cardData.TryGetProperty("command", out var name)
            && name.ValueKind == JsonValueKind.String)
        {
            return CommandParser.FromData(cardData, NameOf(name));
        }

        return activity.Type == ActivityTypes.Message ? parser.Parse(activity.GetTextWithoutMentions()) : null;
    }

    /// <summary>A button's command name; a value whose text is not valid UTF-8 (a forged card) names no command.</summary>
    private static string? NameOf(JsonElement name)
    {
        try
        {
            return name.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A click on a card from before the last move (or for another question) changes nothing.</summary>
    private async Task<bool> IsStaleAsync(DialogContext dc, CoachState state, JsonElement data, CancellationToken cancellationToken)
    {
        var staleWorkout = data.TryGetProperty("sessionId", out var sessionId)
            && (state.Workout is not { } session
                || sessionId.ValueKind != JsonValueKind.String
                || sessionId.GetString() != session.Id
                || !data.TryGetProperty("step", out var step)
                || step.ValueKind != JsonValueKind.Number
                || !step.TryGetInt32(out var stepNumber)
                || stepNumber != session.Step);
        var staleQuestion = data.TryGetProperty("q", out var question)
            && (question.ValueKind != JsonValueKind.String || question.GetString() != state.CurrentQuestion);
        if (!staleWorkout && !staleQuestion)
        {
            return false;
        }

        // The page's own timer reports (auto) race with the person's clicks; a late one is simply dropped.
        if (data.TryGetProperty("auto", out var auto) && auto.ValueKind == JsonValueKind.True)
        {
            return true;
        }

        await replies.StaleCardAsync(dc, state, cancellationToken);
        return true;
    }
}
