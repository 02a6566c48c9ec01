using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Tests.Dialogs.TestBot;

/// <summary>
/// A small bot: name, age (1–120), a choice of sport, then a confirmation, as a component that answers "help"
/// (then asks the same question again), "back" (the question before) and "cancel" at any point.
/// </summary>
public sealed class ProfileDialog : ComponentDialog
{
    public const string Steps = "profile-steps";

    public ProfileDialog()
        : base("profile")
    {
        AddDialog(new WaterfallDialog(Steps, [NameStepAsync, AgeStepAsync, SportStepAsync, ConfirmStepAsync, SummaryStepAsync]));
        AddDialog(new TextPrompt("text"));
        AddDialog(new NumberPrompt<int>("age", AgeValidatorAsync));
        AddDialog(new ChoicePrompt("sport"));
        AddDialog(new ConfirmPrompt("confirm"));
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
        {
            case "help":
                await innerDc.Context.SendActivityAsync(new Activity { Text = "I'm asking a few questions about you." }, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.EndOfTurn;
            case "back":
                await innerDc.AbandonActiveDialogAsync(cancellationToken);
                return await ((WaterfallDialog)innerDc.FindDialog(Steps)!).StepBackAsync(innerDc, cancellationToken);
            case "cancel":
                await innerDc.Context.SendActivityAsync(new Activity { Text = "Cancelled." }, cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("text", Ask(step.Reason == DialogReason.BackCalled ? "Once more: what's your name?" : "What's your name?"), cancellationToken);

    private static Task<DialogTurnResult> AgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason != DialogReason.BackCalled)
        {
            step.SetValue("name", step.GetResult<string>());
        }

        return step.PromptAsync("age", Ask("How old are you?", "Please give an age from 1 to 120."), cancellationToken);
    }

    private static Task<DialogTurnResult> SportStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason != DialogReason.BackCalled)
        {
            step.SetValue("age", step.GetResult<int>());
        }

        var options = Ask("Which sport?", "Pick running, cycling or swimming.");
        options.Choices =
        [
            new() { Value = "running", Title = "Running", Synonyms = ["jogging", "run"] },
            new() { Value = "cycling", Title = "Cycling", Synonyms = ["bike", "biking"] },
            new() { Value = "swimming", Title = "Swimming", Synonyms = ["swim"] },
        ];
        return step.PromptAsync("sport", options, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason != DialogReason.BackCalled)
        {
            step.SetValue("sport", step.GetResult<FoundChoice>()!.Value);
        }

        return step.PromptAsync("confirm", Ask("Shall I save that?", "Please answer yes or no."), cancellationToken);
    }

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var name = step.GetValue<string>("name");
        var age = step.GetValue<int>("age");
        var text = step.GetResult<bool>()
            ? $"Saved: {name}, {age} (next birthday {age + 1}), {step.GetValue<string>("sport")}."
            : "Not saved.";
        await step.Context.SendActivityAsync(new Activity { Text = text }, cancellationToken);
        return await step.EndDialogAsync(age, cancellationToken);
    }

    private static Task<bool> AgeValidatorAsync(PromptValidatorContext<int> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Succeeded && prompt.Recognized.Value is >= 1 and <= 120)
        {
            return Task.FromResult(true);
        }

        if (prompt.Recognized.Succeeded)
        {
            prompt.RetryPrompt = new Activity { Text = $"{prompt.Recognized.Value} can't be right (try {prompt.AttemptCount}). Please give an age from 1 to 120." };
        }

        return Task.FromResult(false);
    }

    private static PromptOptions Ask(string text, string? retry = null) => new()
    {
        Prompt = new Activity { Text = text },
        RetryPrompt = retry is null ? null : new Activity { Text = retry },
    };
}
