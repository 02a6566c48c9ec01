using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <inheritdoc cref="ITurnContext"/>
public sealed class TurnContext(Activity activity) : ITurnContext
{
    private readonly List<OutgoingOperation> _outbox = [];
    private readonly List<Func<CancellationToken, Task>> _onCommitted = [];

    public Activity Activity { get; } = activity;

    public TurnState TurnState { get; } = new();

    public bool Responded => _outbox.Count > 0;

    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>What the turn wants delivered, in order.</summary>
    public IReadOnlyList<OutgoingOperation> Outbox => _outbox;

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        _outbox.Add(new OutgoingOperation(OutgoingOperationKind.Send, Address(activity)));
        return Task.FromResult(new ResourceResponse(null));
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        _outbox.Add(new OutgoingOperation(OutgoingOperationKind.Update, Address(activity)));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        _outbox.Add(new OutgoingOperation(OutgoingOperationKind.Delete, Address(new Activity { Id = activityId })));
        return Task.CompletedTask;
    }

    public void OnCommitted(Func<CancellationToken, Task> action) => _onCommitted.Add(action);

    /// <summary>The actions waiting for the turn's state to be saved, in order.</summary>
    public IReadOnlyList<Func<CancellationToken, Task>> CommittedActions => _onCommitted;

    /// <summary>Replaces what is queued with <paramref name="operations"/>: earlier turns' replies first, all tagged for delivery.</summary>
    internal void ReplaceOutbox(List<OutgoingOperation> operations)
    {
        _outbox.Clear();
        _outbox.AddRange(operations);
    }

    /// <summary>Drops everything queued (the turn is being retried or has failed).</summary>
    public void ClearOutbox()
    {
        _outbox.Clear();
        _onCommitted.Clear();
    }

    private Activity Address(Activity outgoing)
    {
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= Activity.ChannelId;
        outgoing.ServiceUrl ??= Activity.ServiceUrl;
        outgoing.Conversation ??= Activity.Conversation;
        outgoing.From ??= Activity.Recipient;
        outgoing.Recipient ??= Activity.From;
        outgoing.Locale ??= Activity.Locale;
        if (outgoing.ReplyToId is null && Activity.Type == ActivityTypes.Message && outgoing.Conversation?.Id == Activity.Conversation?.Id)
        {
            outgoing.ReplyToId = Activity.Id;
        }

        return outgoing;
    }
}
