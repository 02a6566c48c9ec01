namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// The body of <c>POST /v3/conversations</c>: start (or find) a conversation with <see cref="Members"/>. Teams needs
/// the tenant both as <see cref="TenantId"/> and in <c>channelData.tenant.id</c>; for one member and
/// <see cref="IsGroup"/> false it answers with the existing 1:1 chat when there is one.
/// </summary>
public sealed record ConversationParameters(bool IsGroup, ChannelAccount Bot, IReadOnlyList<ChannelAccount> Members, string? TenantId, TeamsChannelData? ChannelData);
