namespace RunnersKnee.BotFramework.Turns;

/// <summary>The logging scope of a turn: hashed conversation and user ids, and the activity type (never its text).</summary>
public sealed record TurnLogScope(string Conversation, string User, string? ActivityType)
{
    public override string ToString() => $"conversation {Conversation}, user {User}, {ActivityType}";
}
