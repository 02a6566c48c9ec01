using System.Collections.Concurrent;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Fakes;

/// <summary>A connector for every serviceUrl that records what the adapter delivered, in order.</summary>
public sealed class RecordingConnector(EventLog log) : IConnectorClientFactory, IConnectorClient
{
    private readonly ConcurrentQueue<OutgoingOperation> _delivered = new();

    public IReadOnlyList<OutgoingOperation> Delivered => [.. _delivered];

    public IReadOnlyList<string?> SentTexts => [.. _delivered.Where(o => o.Kind == OutgoingOperationKind.Send).Select(o => o.Activity.Text)];

    public IConnectorClient Create(string serviceUrl) => this;

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) => Record(OutgoingOperationKind.Send, activity);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) => Record(OutgoingOperationKind.Send, activity);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => Record(OutgoingOperationKind.Update, activity);

    public Task<ResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse("created-" + parameters.Members[0].Id));

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        Record(OutgoingOperationKind.Delete, new Activity { Id = activityId, Conversation = new ConversationAccount { Id = conversationId } });

    private Task<ResourceResponse> Record(OutgoingOperationKind kind, Activity activity)
    {
        _delivered.Enqueue(new OutgoingOperation(kind, activity));
        log.Add($"{kind.ToString().ToLowerInvariant()}:{activity.Text}");
        return Task.FromResult(new ResourceResponse("sent-" + _delivered.Count));
    }
}
