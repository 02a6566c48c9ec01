using System.Collections.Concurrent;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>A connector for adapter-level tests: records every activity the adapter delivers, in order.</summary>
internal sealed class RecordingConnectors : IConnectorClientFactory, IConnectorClient
{
    public ConcurrentQueue<Activity> Sent { get; } = new();

    public IConnectorClient Create(string serviceUrl) => this;

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) => Record(activity);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) => Record(activity);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => Record(activity);

    public Task<ResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse("created-" + parameters.Members[0].Id));

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    private Task<ResourceResponse> Record(Activity activity)
    {
        Sent.Enqueue(activity);
        return Task.FromResult(new ResourceResponse("sent-" + Sent.Count));
    }
}
