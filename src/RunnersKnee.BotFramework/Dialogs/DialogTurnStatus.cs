namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>Where the dialog stack stands after a call.</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing is on the stack.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next activity.</summary>
    Waiting,

    /// <summary>The dialog finished; <see cref="DialogTurnResult.Result"/> holds its value.</summary>
    Complete,

    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}
