using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation.Prompts;

/// <summary>
/// Where it hurts. The choices run from runner's knee (around or behind the kneecap) to not the knee at all, and an
/// answer that names several places takes the last of them ("the kneecap, and my hip and groin too" is not the
/// knee): pain at another site is diagnosed by a clinician first (research A2 #14), so the cautious reading wins.
/// </summary>
/// <remarks>
/// In a long message that never names the knee, a lone word ("side", "back", "shin") is no answer: "his smile is
/// all wonky on one side" is about something else, and must not pass as a place in the knee. From
/// <paramref name="longFrom"/> words on, such a message counts only by the places' longer wordings.
/// </remarks>
public sealed class LocationPrompt(string id, int longFrom) : Prompt<FoundChoice>(id)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = DialogInput.GetText(context.Activity);
        var choices = options.Choices ?? [];
        if (TextNormalizer.Words(text) is [var only] && only.All(char.IsAsciiDigit))
        {
            // A button's position ("2") means that button, and only the whole list can say which it is.
            return Task.FromResult(ChoiceRecognizer.Recognize(text, choices) is { } numbered
                ? PromptRecognizerResult<FoundChoice>.Of(numbered)
                : PromptRecognizerResult<FoundChoice>.Failed);
        }

        var words = TextNormalizer.Words(text);
        var isLong = words.Length >= longFrom && !words.Any(word => word.StartsWith("knee", StringComparison.Ordinal) || word.StartsWith("rodilla", StringComparison.Ordinal) || word == "rotula");
        for (var index = choices.Count - 1; index >= 0; index--)
        {
            var choice = isLong ? WithoutLoneWords(choices[index]) : choices[index];
            if (ChoiceRecognizer.Recognize(text, [choice]) is { } found)
            {
                return Task.FromResult(PromptRecognizerResult<FoundChoice>.Of(found with { Index = index }));
            }
        }

        return Task.FromResult(PromptRecognizerResult<FoundChoice>.Failed);
    }

    private static Choice WithoutLoneWords(Choice choice) => new()
    {
        Value = choice.Value,
        Title = choice.Title,
        Synonyms = [.. choice.Synonyms.Where(synonym => synonym.Contains(' ', StringComparison.Ordinal))],
    };
}
