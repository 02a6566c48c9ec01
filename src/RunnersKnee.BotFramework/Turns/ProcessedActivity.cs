namespace RunnersKnee.BotFramework.Turns;

/// <summary>An inbound activity id already acted on, remembered until <see cref="ExpiresAt"/>.</summary>
public sealed record ProcessedActivity(string Id, DateTimeOffset ExpiresAt);
