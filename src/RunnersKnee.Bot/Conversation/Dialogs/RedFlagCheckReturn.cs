namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// Where a red-flag check started over a waiting question goes back to when both lists come back no: the question
/// asked again (its card's clicks count) in the mode it was asked in.
/// </summary>
public sealed class RedFlagCheckReturn
{
    public string? Question { get; set; }

    public ConversationMode Mode { get; set; }
}
