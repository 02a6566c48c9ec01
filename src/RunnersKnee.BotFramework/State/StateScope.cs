namespace RunnersKnee.BotFramework.State;

/// <summary>Whose document <see cref="PrimaryState"/> is: the conversation's, or the person's across their conversations.</summary>
public enum StateScope
{
    /// <summary>One document per conversation (<c>{channelId}/conversations/{conversationId}</c>).</summary>
    Conversation,

    /// <summary>
    /// One document per person and channel (<c>{channelId}/people/{userId}</c>): a new conversation of the same user
    /// (a reloaded web page, a new Teams chat) continues where they were, and people sharing a group chat each have
    /// their own. An activity without a user id falls back to the conversation's document.
    /// </summary>
    User,
}
