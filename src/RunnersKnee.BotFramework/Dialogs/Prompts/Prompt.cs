using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits until the answer is recognized (and accepted by the validator, if any), re-asking
/// with the retry prompt otherwise. The options live in the dialog instance, so a prompt survives restarts.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.Set(OptionsKey, options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options)));
        instance.Set(AttemptsKey, 0);
        await SendPromptAsync(dc.Context, instance, retry: null, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!DialogInput.IsUserInput(dc.Context.Activity))
        {
            return DialogTurnResult.EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var options = instance.Get<PromptOptions>(OptionsKey)!;
        var attempts = instance.Get<int>(AttemptsKey) + 1;
        instance.Set(AttemptsKey, attempts);

        var recognized = await RecognizeAsync(dc.Context, options, cancellationToken);
        var validation = new PromptValidatorContext<T>(dc.Context, recognized, options, attempts);
        var accepted = validator is null ? recognized.Succeeded : await validator(validation, cancellationToken);
        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (dc.Context.TurnState.Get<IUnrecognizedAnswerHandler>(IUnrecognizedAnswerHandler.TurnStateKey) is { } handler
            && await handler.HandleAsync(dc, cancellationToken))
        {
            return DialogTurnResult.EndOfTurn;
        }

        await SendPromptAsync(dc.Context, instance, validation.RetryPrompt ?? options.RetryPrompt ?? options.Prompt, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.EndOfTurn;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        SendPromptAsync(dc.Context, instance, retry: null, cancellationToken);

    /// <summary>Reads the answer out of the turn's activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The buttons to offer when the prompt activity has none of its own.</summary>
    protected virtual IReadOnlyList<Choice> ButtonsFor(PromptOptions options, string? locale) => options.Choices ?? [];

    private async Task SendPromptAsync(ITurnContext context, DialogInstance instance, Activity? retry, CancellationToken cancellationToken)
    {
        // A fresh copy every time: sending fills routing fields in, and the stored options must stay clean.
        var options = instance.Get<PromptOptions>(OptionsKey)!;
        var activity = retry is null ? options.Prompt : BotJson.DeserializeActivity(BotJson.SerializeActivity(retry));
        if (activity is null)
        {
            return;
        }

        activity.InputHint ??= InputHints.ExpectingInput;
        var buttons = ButtonsFor(options, context.Activity.Locale);
        if (options.Style == ListStyle.SuggestedActions && buttons.Count > 0 && activity.SuggestedActions is null)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. buttons.Select(choice => new CardAction
                {
                    Type = "imBack",
                    Title = choice.Title ?? choice.Value,
                    Value = BotJson.ToElement(choice.Title ?? choice.Value),
                })],
            };
        }

        await context.SendActivityAsync(activity, cancellationToken);
    }
}
