using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>One queued connector call (send, update or delete) waiting for the turn to commit.</summary>
public sealed record OutgoingOperation(OutgoingOperationKind Kind, Activity Activity);

/// <summary>What an <see cref="OutgoingOperation"/> does.</summary>
public enum OutgoingOperationKind
{
    Send,
    Update,
    Delete,
}
