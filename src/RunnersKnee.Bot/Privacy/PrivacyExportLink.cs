namespace RunnersKnee.Bot.Privacy;

/// <summary>Whose export a download link gives, and until when.</summary>
public sealed record PrivacyExportLink(string ChannelId, string ConversationId, string UserId, DateTimeOffset ExpiresAt);
