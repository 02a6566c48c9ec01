namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>Whether a prompt understood the answer, and the value it understood.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false, default);

    public static PromptRecognizerResult<T> Of(T value) => new(true, value);
}
