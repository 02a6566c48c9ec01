using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation.Prompts;

/// <summary>
/// A red-flag list question, read by the <see cref="SafetyAnswerReader"/>: an unclear answer gets the question once
/// more in other words (the question's retry text), and a second unclear answer is taken as yes, the cautious
/// outcome, and said so. Never a loop.
/// </summary>
public sealed class RedFlagPrompt(string id, SafetyAnswerReader reader, TextCatalog texts)
    : Prompt<SafetyAnswer>(id, (prompt, ct) => AcceptAsync(prompt, texts, ct))
{
    /// <summary>Whether the prompt's result says the red flags apply (an unclear answer counts).</summary>
    public static bool SaysYes(object? result) => result is SafetyAnswer.Yes or SafetyAnswer.Unclear;

    protected override Task<PromptRecognizerResult<SafetyAnswer>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(PromptRecognizerResult<SafetyAnswer>.Of(reader.Read(DialogInput.GetText(context.Activity))));

    private static async Task<bool> AcceptAsync(PromptValidatorContext<SafetyAnswer> prompt, TextCatalog texts, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Value != SafetyAnswer.Unclear)
        {
            return true;
        }

        if (prompt.AttemptCount < 2)
        {
            return false;
        }

        await prompt.Context.SendActivityAsync(new Activity { Text = texts.Get("safety.unclearCautious", prompt.Context.Activity.Locale) }, cancellationToken);
        return true;
    }
}
