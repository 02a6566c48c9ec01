using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// One turn: the incoming activity, a per-turn state bag, and the ways to answer. Sends are held in an outbox
/// and delivered after the turn has saved its state, so a turn that is retried (storage conflict) or fails
/// never leaves a reply behind for work that was not kept.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Per-turn services and cached state (loaded state, identity, ...).</summary>
    TurnState TurnState { get; }

    /// <summary>True once anything has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>The HTTP answer to an <c>invoke</c>; left null, the channel gets 501 (not implemented), as in the SDK.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// What this turn has queued so far, in order (delivered after the save). A bot may still add to a queued
    /// activity (its channel data, say) until the turn ends.
    /// </summary>
    IReadOnlyList<OutgoingOperation> Outbox { get; }

    /// <summary>Queues an activity; routing fields default to the incoming conversation.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Queues a replacement of an earlier activity (same <see cref="Activity.Id"/>).</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="action"/> once the turn's state is saved (before its replies are delivered). Side effects
    /// outside the state (timers, other stores) go here, so an attempt that loses a save race leaves none behind.
    /// </summary>
    void OnCommitted(Func<CancellationToken, Task> action);

    /// <summary>Queues the deletion of an earlier activity.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}
