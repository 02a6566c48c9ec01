namespace RunnersKnee.DirectLine;

/// <summary>
/// What <c>POST /api/directline/token</c> gives the page: nothing else, never the secret. <see cref="Person"/> is
/// for the page to keep and send back next time.
/// </summary>
internal sealed record DirectLinePageToken(string Token, string? ConversationId, string UserId, string Domain, string Person);
