namespace RunnersKnee.BotFramework.Connector;

/// <summary>A channel that keeps the messages of a conversation (the embedded Direct Line's log) and can erase them.</summary>
public interface IConversationTranscript
{
    Task DeleteAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
