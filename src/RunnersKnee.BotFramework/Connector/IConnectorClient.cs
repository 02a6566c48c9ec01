using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>The Bot Connector REST API v3 operations a bot needs, relative to one serviceUrl.</summary>
public interface IConnectorClient
{
    /// <summary><c>POST /v3/conversations</c>: starts a conversation (Teams: the 1:1 chat with a person); the id is the conversation's.</summary>
    Task<ResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
