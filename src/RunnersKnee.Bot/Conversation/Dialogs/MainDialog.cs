using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// The root: every activity first meets the <see cref="CommandRouter"/> (safety, then commands that work at any
/// moment); what it leaves goes to the active dialog; with nothing active, the router decides what to start. It
/// never ends, so the stack always has a place for the next message.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private readonly CommandRouter _router;
    private readonly CoachStateAccessor _accessor;
    private readonly UnclearAnswerCheck _unclear;

    public MainDialog(
        CommandRouter router,
        FlowDialog flow,
        IntakeDialog intake,
        WorkoutDialog workout,
        UnlockDialog unlock,
        RedFlagCheckDialog redFlagCheck,
        PrivacyDeleteDialog privacyDelete,
        SafetyLockReleaseDialog safetyLockRelease,
        SafetyCheckDialog safetyCheck,
        Safety.SafetyThresholds thresholds,
        Safety.SafetyAnswerReader safetyAnswers,
        Safety.AgeReader ageReader,
        TextCatalog texts,
        CoachStateAccessor accessor,
        UnclearAnswerCheck unclear)
        : base(DialogIds.Main)
    {
        _router = router;
        _unclear = unclear;
        _accessor = accessor;
        AddDialog(flow);
        AddDialog(intake);
        AddDialog(workout);
        AddDialog(unlock);
        AddDialog(redFlagCheck);
        AddDialog(privacyDelete);
        AddDialog(safetyLockRelease);
        AddDialog(safetyCheck);
        AddDialog(new ChoicePrompt(DialogIds.ChoicePrompt));
        AddDialog(new MultiChoicePrompt(DialogIds.MultiChoicePrompt));
        AddDialog(new ConfirmPrompt(DialogIds.ConfirmPrompt));
        AddDialog(new Prompts.RedFlagPrompt(DialogIds.RedFlagPrompt, safetyAnswers, texts));
        AddDialog(new NumberPrompt<int>(DialogIds.PainPrompt, PainValidatorAsync));
        AddDialog(new Prompts.AgePrompt(DialogIds.AgePrompt, thresholds.Age, ageReader));
        AddDialog(new Prompts.DurationPrompt(DialogIds.DurationPrompt));
        AddDialog(new Prompts.LocationPrompt(DialogIds.LocationPrompt, thresholds.UnclearMinWords));
        AddDialog(new TextPrompt(DialogIds.WorkoutWaitPrompt));
        AddDialog(new TextPrompt(DialogIds.SafetyCheckPrompt));
    }

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        RouteAsync(innerDc, cancellationToken);

    protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        RouteAsync(innerDc, cancellationToken);

    private async Task<DialogTurnResult> RouteAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        innerDc.Context.TurnState.Set(IUnrecognizedAnswerHandler.TurnStateKey, _unclear);
        if (!await _router.TryHandleAsync(innerDc, cancellationToken))
        {
            var result = await innerDc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty && DialogInput.IsUserInput(innerDc.Context.Activity)
                && !await _unclear.HandleFirstMessageAsync(innerDc, cancellationToken))
            {
                await _router.StartFromIdleAsync(innerDc, cancellationToken);
            }
        }

        if (innerDc.ActiveDialog is null)
        {
            // Nothing waits for an answer: the coaching dialogs set every other mode as they run.
            var state = await _accessor.GetAsync(innerDc.Context, cancellationToken);
            state.Mode = state.Workout is { Status: Workout.WorkoutStatus.Paused } ? ConversationMode.Paused : ConversationMode.Idle;
        }

        return DialogTurnResult.EndOfTurn;
    }

    private static Task<bool> PainValidatorAsync(PromptValidatorContext<int> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is >= 0 and <= 10);
}
