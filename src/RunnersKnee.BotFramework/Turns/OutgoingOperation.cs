using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// One queued connector call (send, update or delete) waiting for the turn to commit. One that an earlier turn
/// could not deliver carries the id and time it was first kept (<see cref="TurnDelivery"/>).
/// </summary>
public sealed record OutgoingOperation(OutgoingOperationKind Kind, Activity Activity)
{
    public string? KeptId { get; init; }

    public DateTimeOffset? KeptSince { get; init; }
}

/// <summary>What an <see cref="OutgoingOperation"/> does.</summary>
public enum OutgoingOperationKind
{
    Send,
    Update,
    Delete,
}
