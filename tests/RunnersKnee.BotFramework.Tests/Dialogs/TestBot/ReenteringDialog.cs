using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

/// <summary>
/// A component that, told "switch", starts a second question on its inner stack and then has its own instance asked
/// to repeat its question from the outer stack in the same turn: the component enters its inner stack twice in a turn.
/// </summary>
public sealed class ReenteringDialog : ComponentDialog
{
    public ReenteringDialog()
        : base("reentering")
    {
        AddDialog(new TextPrompt("first"));
        AddDialog(new TextPrompt("second"));
    }

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.PromptAsync("first", Ask("First question?"), cancellationToken);

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Activity.Text != "switch")
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        await innerDc.PromptAsync("second", Ask("Second question?"), cancellationToken);
        await innerDc.Parent!.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    private static PromptOptions Ask(string text) => new() { Prompt = new Activity { Text = text } };
}
