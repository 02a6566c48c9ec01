namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>
/// A fixed sequence of steps. Each step gets the previous step's result; the step index, the caller's options
/// and the step values are stored in the dialog instance as plain JSON.
/// </summary>
public class WaterfallDialog(string id, IEnumerable<WaterfallStep> steps) : Dialog(id)
{
    internal const string StepIndexKey = "stepIndex";
    internal const string OptionsKey = "options";
    internal const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps = [.. steps];

    /// <summary>Adds steps after construction (for subclasses whose steps are instance methods).</summary>
    protected void AddSteps(params WaterfallStep[] steps) => _steps.AddRange(steps);

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.Set(OptionsKey, options);
        instance.State[ValuesKey] = new System.Text.Json.Nodes.JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>Only user input (a message or a card action) moves a waterfall on; anything else waits.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        DialogInput.IsUserInput(dc.Context.Activity)
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, DialogInput.GetText(dc.Context.Activity), cancellationToken)
            : Task.FromResult(DialogTurnResult.EndOfTurn);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.ActiveDialog!.Get<int>(StepIndexKey) + 1, reason, result, cancellationToken);

    /// <summary>
    /// Runs the step before the current one again (reason <see cref="DialogReason.BackCalled"/>, no result), so
    /// the previous question is asked again. The waterfall must be the active dialog.
    /// </summary>
    public Task<DialogTurnResult> StepBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var index = dc.ActiveDialog!.Get<int>(StepIndexKey);
        return RunStepAsync(dc, Math.Max(0, index - 1), DialogReason.BackCalled, null, cancellationToken);
    }

    /// <summary>The index of the step the waterfall is on.</summary>
    public static int CurrentStep(DialogInstance instance) => instance.Get<int>(StepIndexKey);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.Set(StepIndexKey, index);
        return await _steps[index](new WaterfallStepContext(this, dc, instance, index, reason, result), cancellationToken);
    }
}
