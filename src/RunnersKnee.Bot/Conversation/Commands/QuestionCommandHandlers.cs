using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Intake;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// Interruptions while a question waits (the intake, the red-flag check, an offer, the unlock questions), in
/// CoreBot's cancel-and-help style: answer the command, then ask the question again.
/// </summary>
public sealed class QuestionCommandHandlers(CoachReplies replies, WorkoutCoach coach)
{
    /// <summary>"Go ahead", "ready", "let's go" answer a yes/no question such as the workout offer; they are not orders there.</summary>
    public static CommandHandler ConfirmWordOr(CommandHandler otherwise) => (turn, ct) =>
        turn.Mode == ConversationMode.Question
        && turn.Dc.ActiveDialog?.Id == DialogIds.ConfirmPrompt
        && ConfirmRecognizer.Recognize(DialogInput.GetText(turn.Dc.Context.Activity)) is not null
            ? Task.FromResult(false)
            : otherwise(turn, ct);

    /// <summary>
    /// "Skip", "go", "ready", "done" answer the optional pain question before a workout (start without a score); the
    /// intake's questions cannot be skipped, so elsewhere the words mean what <paramref name="otherwise"/> says.
    /// </summary>
    public static CommandHandler PainBeforeAnswerOr(CommandHandler otherwise) => (turn, ct) =>
        turn.State.CurrentQuestion == PainBeforeDialog.QuestionId && turn.Dc.ActiveDialog?.Id == DialogIds.PainBeforePrompt
            ? Task.FromResult(false)
            : otherwise(turn, ct);

    /// <summary>Pain scores and symptoms are what these questions ask about: the answer goes to them.</summary>
    public Task<bool> AnswerAsync(CommandTurn turn, CancellationToken ct) => Task.FromResult(false);

    /// <summary>
    /// A warning symptom said in passing while answering a question ("around the kneecap, and it swells", "my knee is
    /// swelling" at the workout offer): the red-flag questions first, on top of the question, which is asked again if
    /// they all come back no. At the red-flag questions themselves the words are the answer.
    /// </summary>
    public async Task<bool> SymptomAsync(CommandTurn turn, CancellationToken ct)
    {
        if (turn.Mode == ConversationMode.Intake && turn.State.CurrentQuestion is IntakeQuestions.EmergencyFlags or IntakeQuestions.SoonFlags)
        {
            return false;
        }

        await replies.SayAsync(turn.Dc, "symptom.checkIntake");
        var options = new RedFlagCheckOptions
        {
            Named = [.. turn.Command.RedFlagRows ?? []],
            Back = new RedFlagCheckReturn { Question = turn.State.CurrentQuestion, Mode = turn.Mode },
        };
        await turn.Dc.BeginDialogAsync(DialogIds.RedFlagCheck, options, ct);
        return true;
    }

    /// <summary>
    /// A fall, blow or twist is what the intake's "how did it start?" asks about, and its answer feeds the triage; said
    /// while answering any other question it brings the red-flag questions first.
    /// </summary>
    public Task<bool> InjuryAsync(CommandTurn turn, CancellationToken ct) =>
        turn.State.CurrentQuestion == IntakeQuestions.Onset ? Task.FromResult(false) : SymptomAsync(turn, ct);

    public async Task<bool> StopAsync(CommandTurn turn, CancellationToken ct)
    {
        await turn.Dc.CancelAllDialogsAsync(ct);
        turn.State.CurrentQuestion = null;
        if (turn.Mode == ConversationMode.Screening && turn.State.Workout is { IsOver: false } unscreened)
        {
            // The workout was paused for these safety questions; it must not carry on without their answers.
            await coach.StopAsync(turn.Dc.Context, turn.State, unscreened, ct);
        }
        else
        {
            await replies.SayAsync(turn.Dc, "stop.outside");
        }

        return true;
    }

    public async Task<bool> HelpAsync(CommandTurn turn, CancellationToken ct)
    {
        await replies.HelpAsync(turn.Dc, replies.Texts.Get("help.context.intake", turn.Locale), ct);
        await turn.Dc.RepromptDialogAsync(ct);
        return true;
    }

    public Task<bool> WhatsNextAsync(CommandTurn turn, CancellationToken ct) => SayAndRepromptAsync(turn, "next.intake", ct);

    public Task<bool> CannotSkipAsync(CommandTurn turn, CancellationToken ct) => SayAndRepromptAsync(turn, "intake.cannotSkip", ct);

    public Task<bool> NotNowAsync(CommandTurn turn, CancellationToken ct) => SayAndRepromptAsync(turn, "intake.notNow", ct);

    public async Task<bool> WaitingAsync(CommandTurn turn, CancellationToken ct)
    {
        await replies.SayAsync(turn.Dc, "intake.waiting");
        return true;
    }

    public async Task<bool> RepromptAsync(CommandTurn turn, CancellationToken ct)
    {
        await turn.Dc.RepromptDialogAsync(ct);
        return true;
    }

    /// <summary>"Back" in the intake: drop the waiting prompt and let the intake ask the previous question again.</summary>
    public async Task<bool> StepBackAsync(CommandTurn turn, CancellationToken ct)
    {
        var dc = turn.Dc;
        var intakeIndex = dc.Stack.ToList().FindIndex(instance => instance.Id == DialogIds.Intake);
        while (dc.ActiveDialog is { } active && active.Id != DialogIds.Intake)
        {
            await dc.AbandonActiveDialogAsync(ct);
        }

        if (intakeIndex < 0 || dc.FindDialog(DialogIds.Intake) is not WaterfallDialog intake)
        {
            return false;
        }

        if (WaterfallDialog.CurrentStep(dc.ActiveDialog!) == 0)
        {
            await replies.SayAsync(dc, "intake.backFirst");
        }

        await intake.StepBackAsync(dc, ct);
        return true;
    }

    private async Task<bool> SayAndRepromptAsync(CommandTurn turn, string key, CancellationToken ct)
    {
        await replies.SayAndRepromptAsync(turn.Dc, key, ct);
        return true;
    }
}
