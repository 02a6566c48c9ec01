using System.Net;
using System.Text.Json;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.DirectLine;

/// <summary>
/// The Connector API of the embedded channel, in process: sends and replies are logged (and pushed to the open
/// stream), an update re-delivers the activity under the same id and timestamp, a delete drops it. An unknown or
/// forgotten conversation answers 404, as the service would.
/// </summary>
internal sealed class EmbeddedDirectLineConnector(DirectLineConversationStore store) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(store.Append(ConversationOf(activity.Conversation?.Id), activity)));

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id) || !store.Replace(ConversationOf(activity.Conversation?.Id), activity))
        {
            throw NotFound($"No activity '{activity.Id}' in this conversation.");
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    // A web chat is always one person's own conversation; there is no group to leave for a private one.
    public Task<ResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The embedded Direct Line has one conversation per page; it cannot start another.");

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        if (!store.Remove(ConversationOf(conversationId), activityId))
        {
            throw NotFound($"No activity '{activityId}' in this conversation.");
        }

        return Task.CompletedTask;
    }

    private DirectLineConversation ConversationOf(string? conversationId) =>
        store.Find(conversationId) ?? throw NotFound("The conversation has ended or never existed.");

    private static ConnectorException NotFound(string message) =>
        new(HttpStatusCode.NotFound, JsonSerializer.Serialize(ErrorResponse.Create("NotFound", message), BotJsonContext.Default.ErrorResponse));
}
