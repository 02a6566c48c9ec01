using RunnersKnee.Bot.Intake;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation.Prompts;

/// <summary>How long it has hurt, from a button or words like "3 weeks", "a few days", "2 months".</summary>
public sealed class DurationPrompt(string id) : Prompt<string>(id)
{
    public static string? FromAmount(decimal amount, string[] words)
    {
        double days;
        if (words.Any(w => w.StartsWith("day", StringComparison.Ordinal)))
        {
            days = (double)amount;
        }
        else if (words.Any(w => w.StartsWith("week", StringComparison.Ordinal) || w == "wk" || w == "wks"))
        {
            days = (double)amount * 7;
        }
        else if (words.Any(w => w.StartsWith("month", StringComparison.Ordinal)))
        {
            days = (double)amount * 30;
        }
        else if (words.Any(w => w.StartsWith("year", StringComparison.Ordinal)))
        {
            days = (double)amount * 365;
        }
        else
        {
            return null;
        }

        return days switch
        {
            < 7 => IntakeChoices.DurationUnderWeek,
            <= 42 => IntakeChoices.DurationWeeks,
            _ => IntakeChoices.DurationLonger,
        };
    }

    protected override Task<PromptRecognizerResult<string>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = DialogInput.GetText(context.Activity);
        var words = TextNormalizer.Words(text);
        if (NumberRecognizer.Recognize(text) is { } amount && FromAmount(amount, words) is { } band)
        {
            return Task.FromResult(PromptRecognizerResult<string>.Of(band));
        }

        return Task.FromResult(ChoiceRecognizer.Recognize(text, options.Choices ?? []) is { } found
            ? PromptRecognizerResult<string>.Of(found.Value)
            : PromptRecognizerResult<string>.Failed);
    }
}
