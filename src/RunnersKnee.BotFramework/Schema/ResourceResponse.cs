namespace RunnersKnee.BotFramework.Schema;

/// <summary>The connector's answer to a send: the id the channel gave the activity (may be empty for typing).</summary>
public sealed record ResourceResponse(string? Id);
