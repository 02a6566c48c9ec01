using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Testing;

/// <summary>One request the bot made to <see cref="LoopbackConnector"/>.</summary>
public sealed record ConnectorCall(
    string Method,
    string Path,
    string Authorization,
    string? ConversationId,
    string? ActivityId,
    Activity? Activity);
