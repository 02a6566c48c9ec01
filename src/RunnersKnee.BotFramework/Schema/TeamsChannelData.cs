namespace RunnersKnee.BotFramework.Schema;

/// <summary>The part of Teams' <c>channelData</c> a bot writes when it starts a conversation: the tenant.</summary>
public sealed record TeamsChannelData(TenantInfo Tenant);
