using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>Picks every choice an answer names ("running and stairs"); a button click gives just that one.</summary>
public sealed class MultiChoicePrompt(string id, PromptValidator<List<string>>? validator = null) : Prompt<List<string>>(id, validator)
{
    protected override Task<PromptRecognizerResult<List<string>>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = DialogInput.GetText(context.Activity);
        var found = (options.Choices ?? [])
            .Where(choice => ChoiceRecognizer.Recognize(text, [choice]) is not null)
            .Select(choice => choice.Value)
            .ToList();
        return Task.FromResult(found.Count > 0 ? PromptRecognizerResult<List<string>>.Of(found) : PromptRecognizerResult<List<string>>.Failed);
    }
}
