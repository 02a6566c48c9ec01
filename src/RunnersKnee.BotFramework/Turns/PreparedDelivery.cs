namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// What <see cref="TurnDelivery.PrepareAsync"/> set for the turn's save: whether the outbox was written with the
/// state (a store that outlives the process), and the replies left listed for other instances to send.
/// </summary>
internal sealed record PreparedDelivery(bool Written, IReadOnlyList<UndeliveredReply> OthersLeft);
