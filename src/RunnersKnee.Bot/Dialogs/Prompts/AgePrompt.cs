using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Dialogs.Prompts;

/// <summary>An age band from a button, or from an age typed as a number ("34", "I'm 52").</summary>
public sealed class AgePrompt(string id, AgeThresholds ages) : Prompt<string>(id)
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

        // A band named in words wins over the number in it: "under 16" is not 16. A lone number is an age,
        // never a button's position.
        var number = NumberRecognizer.Recognize(text);
        var loneNumber = number is not null && TextNormalizer.Words(text).Length == 1;
        if (!loneNumber && ChoiceRecognizer.Recognize(text, choices) is { } named)
        {
            return Task.FromResult(PromptRecognizerResult<string>.Of(named.Value));
        }

        // Guarded before the cast: a huge typed number must not overflow into an age.
        return Task.FromResult(number is { } age and >= 0 and <= 150 && ages.BandFor((int)age) is { } band
            ? PromptRecognizerResult<string>.Of(band)
            : PromptRecognizerResult<string>.Failed);
    }
}
