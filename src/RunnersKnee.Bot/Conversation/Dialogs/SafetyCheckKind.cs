namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// What the direct safety question asks about: an emergency, a crisis, or, for a message the coach could not
/// follow at all, either of them.
/// </summary>
public enum SafetyCheckKind
{
    Emergency,
    Crisis,
    Either,
}
