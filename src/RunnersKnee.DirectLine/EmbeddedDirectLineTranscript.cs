using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Connector;

namespace RunnersKnee.DirectLine;

/// <summary>Erases an embedded conversation's log (the chat history the bot keeps) when a person deletes their data.</summary>
internal sealed class EmbeddedDirectLineTranscript(
    DirectLineConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider) : IConversationTranscript
{
    public Task DeleteAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        store.Find(conversationId)?.Erase(timeProvider.GetUtcNow(), options.Value.MaxActivitiesPerConversation);
        return Task.CompletedTask;
    }
}
