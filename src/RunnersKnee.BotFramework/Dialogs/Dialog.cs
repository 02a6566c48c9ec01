namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>
/// A step of conversation that can be put on the stack. Dialogs are shared by every conversation, so they hold
/// no per-user data: everything a dialog remembers lives in its <see cref="DialogInstance"/>.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Starts the dialog; <paramref name="options"/> is what the caller passed to BeginDialogAsync.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user answered while this dialog was on top. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended with <paramref name="result"/>. The default ends this dialog with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the current question again (after an interruption was answered).</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The dialog is leaving the stack (ended, cancelled or replaced).</summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
