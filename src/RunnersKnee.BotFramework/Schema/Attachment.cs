using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>A card or file. <see cref="Content"/> is kept as raw JSON (an object for cards, never a string).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }

    public JsonElement? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
