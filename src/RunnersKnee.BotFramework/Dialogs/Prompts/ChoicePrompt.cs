using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>, by button or in their own words.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(ChoiceRecognizer.Recognize(DialogInput.GetText(context.Activity), options.Choices ?? []) is { } found
            ? PromptRecognizerResult<FoundChoice>.Of(found)
            : PromptRecognizerResult<FoundChoice>.Failed);
}
