using RunnersKnee.BotFramework.Dialogs;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// A coaching waterfall that says which <see cref="ConversationMode"/> it puts the conversation in: the mode is
/// written to the state whenever this dialog takes a turn (begun, continued, or resumed after a child), so the
/// command table reads it from the state instead of guessing it from the stack.
/// </summary>
public abstract class CoachingDialog(string id, ConversationMode mode, CoachStateAccessor accessor) : WaterfallDialog(id, [])
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        await EnterAsync(dc, cancellationToken);
        return await base.BeginDialogAsync(dc, options, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await EnterAsync(dc, cancellationToken);
        return await base.ContinueDialogAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await EnterAsync(dc, cancellationToken);
        return await base.ResumeDialogAsync(dc, reason, result, cancellationToken);
    }

    private async Task EnterAsync(DialogContext dc, CancellationToken cancellationToken) =>
        (await accessor.GetAsync(dc.Context, cancellationToken)).Mode = mode;
}
