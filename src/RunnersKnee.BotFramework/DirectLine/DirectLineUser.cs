namespace RunnersKnee.BotFramework.DirectLine;

/// <summary>A user in Direct Line request bodies.</summary>
internal sealed record DirectLineUser(string? Id);
