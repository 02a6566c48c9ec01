using RunnersKnee.Bot.Coaching;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Dialogs.Prompts;

/// <summary>An age band from a button, or from an age typed as a number ("34", "I'm 52").</summary>
public sealed class AgePrompt(string id) : Prompt<string>(id)
{
    public static string? BandFor(int age) => age switch
    {
        < 0 or > 120 => null,
        < 16 => IntakeChoices.Under16,
        < 18 => IntakeChoices.From16To17,
        < 50 => IntakeChoices.From18To49,
        < 55 => IntakeChoices.From50To54,
        _ => IntakeChoices.From55,
    };

    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = DialogInput.GetText(context.Activity);
        var choices = options.Choices ?? [];
        var exact = choices.FirstOrDefault(c => string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return Task.FromResult(PromptRecognizerResult<string>.Of(exact.Value));
        }

        if (NumberRecognizer.Recognize(text) is { } number and >= 0 and <= 150 && BandFor((int)number) is { } band)
        {
            return Task.FromResult(PromptRecognizerResult<string>.Of(band));
        }

        return Task.FromResult(ChoiceRecognizer.Recognize(text, choices) is { } found
            ? PromptRecognizerResult<string>.Of(found.Value)
            : PromptRecognizerResult<string>.Failed);
    }
}
