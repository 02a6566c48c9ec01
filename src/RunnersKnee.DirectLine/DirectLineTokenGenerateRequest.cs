namespace RunnersKnee.DirectLine;

/// <summary>The body of Azure's <c>POST /tokens/generate</c>.</summary>
internal sealed record DirectLineTokenGenerateRequest(DirectLineUser User, IReadOnlyList<string> TrustedOrigins);
