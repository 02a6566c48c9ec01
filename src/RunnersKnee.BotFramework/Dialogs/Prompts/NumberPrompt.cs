using System.Numerics;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>Asks for a number of type <typeparamref name="T"/> (int stays int: no long/double surprises).</summary>
public sealed class NumberPrompt<T>(string id, PromptValidator<T>? validator = null) : Prompt<T>(id, validator)
    where T : INumber<T>
{
    protected override Task<PromptRecognizerResult<T>> RecognizeAsync(ITurnContext context, PromptOptions options, CancellationToken cancellationToken)
    {
        var number = NumberRecognizer.Recognize(DialogInput.GetText(context.Activity));
        if (number is null)
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failed);
        }

        try
        {
            return Task.FromResult(PromptRecognizerResult<T>.Of(T.CreateChecked(number.Value)));
        }
        catch (OverflowException)
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failed);
        }
    }
}
