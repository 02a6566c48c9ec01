namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// The logging scope of a turn: hashed conversation and user ids, and the activity type (never its text). The ids
/// are hashed when a log line first reads the scope, not per turn: at the shipped level most turns write none.
/// </summary>
public sealed class TurnLogScope(string? conversationId, string? userId, string? activityType)
{
    private string? _conversation;
    private string? _user;

    public string Conversation => _conversation ??= LogHash.Of(conversationId);

    public string User => _user ??= LogHash.Of(userId);

    public string? ActivityType { get; } = LogText.Of(activityType);

    public override string ToString() => $"conversation {Conversation}, user {User}, {ActivityType}";
}
