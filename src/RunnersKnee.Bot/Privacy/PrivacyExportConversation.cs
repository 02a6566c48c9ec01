namespace RunnersKnee.Bot.Privacy;

/// <summary>Where the coach talks to the person: the ids the channel gave, and when they last wrote.</summary>
public sealed record PrivacyExportConversation(string? Channel, string? ConversationId, string? UserId, string? UserName, DateTimeOffset? LastSeen);
