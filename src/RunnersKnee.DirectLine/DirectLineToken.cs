namespace RunnersKnee.DirectLine;

/// <summary>A validated embedded token: the one conversation and the one user it was issued for.</summary>
internal sealed record DirectLineToken(string Value, string ConversationId, string UserId, DirectLineTokenKind Kind, DateTimeOffset ExpiresAt);
