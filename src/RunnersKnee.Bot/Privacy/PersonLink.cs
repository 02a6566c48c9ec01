namespace RunnersKnee.Bot.Privacy;

/// <summary>Whose data a short-lived link opens, what for, in which language, and until when. Kept in storage, never in the address.</summary>
public sealed record PersonLink(PersonLinkPurpose Purpose, string ChannelId, string ConversationId, string UserId, string? Locale, DateTimeOffset ExpiresAt);
