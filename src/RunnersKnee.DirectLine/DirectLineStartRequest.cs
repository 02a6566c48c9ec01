namespace RunnersKnee.DirectLine;

/// <summary>The optional body DirectLineJS sends with <c>POST /conversations</c>.</summary>
internal sealed record DirectLineStartRequest(DirectLineUser? User, string? Locale);
