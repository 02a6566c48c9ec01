namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>The outcome of a dialog call: a status and, when complete, the dialog's result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);
}
