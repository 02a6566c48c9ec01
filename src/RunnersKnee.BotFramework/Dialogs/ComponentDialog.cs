namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>
/// A dialog made of dialogs: an inner <see cref="DialogSet"/> whose stack is kept inside this dialog's instance.
/// Override <see cref="OnContinueDialogAsync"/> to answer interruptions (help, cancel, ...) before the inner
/// dialog sees the activity. It ends when its inner dialogs stop waiting (complete, cancelled or empty).
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    protected DialogSet InnerDialogs { get; } = new();

    /// <summary>The inner dialog started first; defaults to the first one added.</summary>
    protected string? InitialDialogId { get; set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        InnerDialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await CompleteAsync(dc, instance, inner, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        var result = await OnContinueDialogAsync(inner, cancellationToken);
        return await CompleteAsync(dc, instance, inner, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        // Something this component started on the outer stack ended: ask the inner dialog to go on.
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, instance);
        await inner.RepromptDialogAsync(cancellationToken);
        SaveInner(instance, inner);
    }

    public override async Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var inner = CreateInnerContext(dc, instance);
            await inner.CancelAllDialogsAsync(cancellationToken);
            SaveInner(instance, inner);
        }
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs."), options, cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>The inner stack finished: end this component with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    // The inner stack is one object for the turn (DialogInstance.Inner), so every use sees the changes of the last.
    private DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance) =>
        new(InnerDialogs, outer.Context, instance.Inner(), outer);

    // The inner stack lives in this component's instance and is written inside its JSON with the document; a context
    // made from a copy elsewhere (an instance whose stack was replaced) is put back here.
    private static void SaveInner(DialogInstance instance, DialogContext inner)
    {
        if (!ReferenceEquals(instance.InnerStack, inner.State))
        {
            instance.Set(DialogInstance.InnerStackKey, inner.State);
        }
    }

    private async Task<DialogTurnResult> CompleteAsync(
        DialogContext outer,
        DialogInstance instance,
        DialogContext inner,
        DialogTurnResult result,
        CancellationToken cancellationToken)
    {
        SaveInner(instance, inner);

        // Anything but waiting (complete, cancelled, nothing left to run) ends the component, as in the SDK;
        // left on the stack with an empty inner stack it would sit under every dialog started after it.
        return result.Status != DialogTurnStatus.Waiting
            ? await EndComponentAsync(outer, result.Result, cancellationToken)
            : result;
    }
}
