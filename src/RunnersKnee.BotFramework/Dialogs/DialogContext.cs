using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>
/// The stack machine for one turn: begin, continue, end, replace, cancel and reprompt dialogs on a
/// <see cref="DialogState"/> stack (top first).
/// </summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, DialogState state, DialogContext? parent = null)
{
    public DialogSet Dialogs { get; } = dialogs;

    public ITurnContext Context { get; } = context;

    /// <summary>The stack this context works on (persisted by whoever owns it).</summary>
    public DialogState State { get; } = state;

    public IList<DialogInstance> Stack => State.Stack;

    /// <summary>The context of the component dialog this context runs inside, if any.</summary>
    public DialogContext? Parent { get; } = parent;

    public DialogInstance? ActiveDialog => State.Stack.Count > 0 ? State.Stack[0] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog '{dialogId}' can be started from here.");
        State.Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Hands the user's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await DialogFor(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        var next = ActiveDialog;
        return next is null
            ? new DialogTurnResult(DialogTurnStatus.Complete, result)
            : await DialogFor(next).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Swaps the active dialog for another (loops, restarts) without resuming the parent.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (State.Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (State.Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Removes the active dialog without resuming the one below it (which then decides what to ask).</summary>
    public Task AbandonActiveDialogAsync(CancellationToken cancellationToken) => PopAsync(DialogReason.CancelCalled, cancellationToken);

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active ? DialogFor(active).RepromptDialogAsync(this, active, cancellationToken) : Task.CompletedTask;

    /// <summary>Finds a dialog here or in an enclosing component's set.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private Dialog DialogFor(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"The stored dialog '{instance.Id}' no longer exists.");

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return;
        }

        if (FindDialog(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(this, active, reason, cancellationToken);
        }

        State.Stack.RemoveAt(0);
    }
}
