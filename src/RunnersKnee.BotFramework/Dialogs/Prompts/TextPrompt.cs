using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>Accepts any non-empty answer, typed or clicked.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(DialogInput.GetText(context.Activity) is { Length: > 0 } text
            ? PromptRecognizerResult<string>.Of(text.Trim())
            : PromptRecognizerResult<string>.Failed);
}
