using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity. Field names are camelCase on the wire and read case-insensitively; unknown fields
/// are kept in <see cref="Properties"/> so that they survive a round trip (spec A2005); free-form payloads
/// (<see cref="Value"/>, <see cref="ChannelData"/>) stay raw JSON.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(LocalTimestampConverter))]
    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public string? Action { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public JsonElement? Value { get; set; }

    public string? ValueType { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? DeliveryMode { get; set; }

    /// <summary>Never trusted from the wire (spec A2251); the adapter sets it after authentication.</summary>
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
