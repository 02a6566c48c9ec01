namespace RunnersKnee.DirectLine;

/// <summary>The optional body of <c>POST /api/directline/token</c>: the person token a page kept from its last visit.</summary>
internal sealed record DirectLinePageTokenRequest(string? Person);
