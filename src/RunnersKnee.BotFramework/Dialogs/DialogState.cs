namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>The persisted dialog stack (top of stack first), kept in conversation state.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
