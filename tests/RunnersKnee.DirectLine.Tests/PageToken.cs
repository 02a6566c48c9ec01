namespace RunnersKnee.DirectLine.Tests;

/// <summary>What <c>POST /api/directline/token</c> returned.</summary>
internal sealed record PageToken(string Token, string ConversationId, string UserId, string Domain, string Person);
