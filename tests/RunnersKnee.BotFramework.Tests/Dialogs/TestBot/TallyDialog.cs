using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

/// <summary>Adds up numbers until "done" by replacing itself each round, carrying the total in its options.</summary>
public sealed class TallyDialog : ComponentDialog
{
    private const string Loop = "tally-loop";

    public TallyDialog()
        : base("tally")
    {
        AddDialog(new WaterfallDialog(Loop, [AskStepAsync, AddStepAsync]));
        AddDialog(new TextPrompt("entry"));
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("entry", new PromptOptions { Prompt = new Activity { Text = $"Total {step.GetOptions<int>()}. Another number, or done?" } }, cancellationToken);

    private static async Task<DialogTurnResult> AddStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var total = step.GetOptions<int>();
        if (step.GetResult<string>() == "done")
        {
            await step.Context.SendActivityAsync(new Activity { Text = $"Final total {total}." }, cancellationToken);
            return await step.EndDialogAsync(total, cancellationToken);
        }

        var number = NumberRecognizer.Recognize(step.GetResult<string>()) ?? 0;
        return await step.ReplaceDialogAsync(Loop, total + (int)number, cancellationToken);
    }
}
