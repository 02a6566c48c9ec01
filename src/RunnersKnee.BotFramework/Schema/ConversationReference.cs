namespace RunnersKnee.BotFramework.Schema;

/// <summary>Where to send a proactive message later: a channel, a serviceUrl that came from an authenticated request, a conversation.</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount Conversation { get; set; } = new();

    public string ChannelId { get; set; } = string.Empty;

    public string ServiceUrl { get; set; } = string.Empty;

    public string? Locale { get; set; }
}
