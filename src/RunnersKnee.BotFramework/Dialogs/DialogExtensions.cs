using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>The one-call entry point: continue the active dialog, or start the root dialog if none is active.</summary>
public static class DialogExtensions
{
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        var dc = new DialogContext(new DialogSet().Add(dialog), turnContext, state);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }

        await accessor.SetAsync(turnContext, state, cancellationToken);
        return result;
    }
}
