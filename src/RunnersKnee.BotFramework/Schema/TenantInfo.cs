namespace RunnersKnee.BotFramework.Schema;

/// <summary>A Microsoft Entra tenant, as Teams names it in <c>channelData.tenant</c>.</summary>
public sealed record TenantInfo(string Id);
