namespace RunnersKnee.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asked, before a prompt repeats its question, what to do with an answer it could not use. A bot puts one in the
/// turn state under <see cref="TurnStateKey"/>; returning true means it has begun a dialog of its own on top of
/// the prompt (for example a question that makes sure the person is safe), and the prompt asks again when that ends.
/// </summary>
public interface IUnrecognizedAnswerHandler
{
    public const string TurnStateKey = "prompt-unrecognized-answer";

    Task<bool> HandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
