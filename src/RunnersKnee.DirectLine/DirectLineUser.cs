namespace RunnersKnee.DirectLine;

/// <summary>A user in Direct Line request bodies.</summary>
internal sealed record DirectLineUser(string? Id);
