using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>A yes/no question that understands "yeah", "nope" and friends; shows Yes/No buttons by default.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly IReadOnlyList<Choice> YesNo = [new() { Value = "Yes" }, new() { Value = "No" }];

    protected override Task<PromptRecognizerResult<bool>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(ConfirmRecognizer.Recognize(DialogInput.GetText(context.Activity)) is { } answer
            ? PromptRecognizerResult<bool>.Of(answer)
            : PromptRecognizerResult<bool>.Failed);

    protected override IReadOnlyList<Choice> ButtonsFor(PromptOptions options, string? locale) => options.Choices ?? YesNo;
}
