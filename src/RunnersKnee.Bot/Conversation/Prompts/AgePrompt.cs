using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation.Prompts;

/// <summary>
/// An age band from a button, from an age typed in digits or words ("34", "seventy-one", "almost fifteen"), or from a
/// band named in words ("retired"). An approximate age that could fall in two bands ("about 16") is asked again:
/// the bands decide which advice is safe, so the prompt never guesses.
/// </summary>
public sealed class AgePrompt(string id, AgeThresholds ages, AgeReader reader) : Prompt<string>(id)
{
    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = DialogInput.GetText(context.Activity);
        var choices = options.Choices ?? [];
        var exact = choices.FirstOrDefault(c => string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return Task.FromResult(PromptRecognizerResult<string>.Of(exact.Value));
        }

        if (reader.Read(text) is { } range)
        {
            var band = ages.BandFor(range.Low);
            return Task.FromResult(band is not null && band == ages.BandFor(range.High)
                ? PromptRecognizerResult<string>.Of(band)
                : PromptRecognizerResult<string>.Failed);
        }

        return Task.FromResult(ChoiceRecognizer.Recognize(text, choices) is { } named
            ? PromptRecognizerResult<string>.Of(named.Value)
            : PromptRecognizerResult<string>.Failed);
    }
}
