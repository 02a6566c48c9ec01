using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Benchmarks;

/// <summary>
/// An in-process channel whose connector serializes each reply as the HTTP connector would and keeps only the
/// last turn's replies, so a benchmark pays for producing the wire JSON but not for a socket.
/// </summary>
public sealed class DiscardingChannel : IInProcessChannel, IConnectorClient
{
    public const string ServiceUrl = "http://bench.invalid/";

    public List<Activity> Sent { get; } = [];

    public long Bytes { get; private set; }

    public IConnectorClient Connector => this;

    public bool Owns(string serviceUrl) => serviceUrl == ServiceUrl;

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) => Record(activity);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) => Record(activity);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => Record(activity);

    public Task<ResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse("created-" + parameters.Members[0].Id));

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;

    private Task<ResourceResponse> Record(Activity activity)
    {
        Bytes += BotJson.SerializeActivity(activity).Length;
        Sent.Add(activity);
        return Task.FromResult(new ResourceResponse("sent"));
    }
}
