using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>A reply the channel did not take, as kept in the primary state document until it does.</summary>
public sealed record UndeliveredReply(string Id, OutgoingOperationKind Kind, Activity Activity, DateTimeOffset Since);
