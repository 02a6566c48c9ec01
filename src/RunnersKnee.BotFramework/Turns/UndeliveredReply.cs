using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// A reply not known to be delivered, as kept in the primary state document: written with the turn that sent it
/// (<paramref name="Sender"/> names the process delivering it) until it is marked delivered, or kept after the channel
/// did not take it (no sender: the next turn sends it).
/// </summary>
public sealed record UndeliveredReply(string Id, OutgoingOperationKind Kind, Activity Activity, DateTimeOffset Since, string? Sender = null);
