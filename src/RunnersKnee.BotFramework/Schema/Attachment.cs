using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>A card or file. <see cref="Content"/> is kept as raw JSON (an object for cards, never a string).</summary>
public sealed class Attachment
{
    private JsonElement? _content;
    private byte[]? _writtenContent;

    // The wire's order stays contentType, content, then the rest.
    [JsonPropertyOrder(-2)]
    public string? ContentType { get; set; }

    /// <summary>
    /// The content as a JSON element. Content set with <see cref="SetWrittenContent"/> is parsed only when something
    /// reads it here (a Teams invoke's answer, a test); sending it copies its bytes.
    /// </summary>
    [JsonIgnore]
    public JsonElement? Content
    {
        get => _content ??= _writtenContent is null ? null : AttachmentContent.Parse(_writtenContent);
        set
        {
            _content = value;
            _writtenContent = null;
        }
    }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>What the wire's <c>content</c> holds: the written bytes as they are, or the element.</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    [JsonPropertyOrder(-1)]
    internal AttachmentContent? WireContent
    {
        get => _writtenContent is { } written ? new AttachmentContent(written) : _content is { } element ? new AttachmentContent(element) : null;
        set => Content = value?.Element;
    }

    /// <summary>
    /// Sets the content to one JSON value the caller wrote with a <see cref="Utf8JsonWriter"/> (so it is valid
    /// UTF-8 JSON): it is sent as these bytes, without being parsed into an element and serialized again.
    /// </summary>
    public void SetWrittenContent(byte[] utf8Json)
    {
        _writtenContent = utf8Json;
        _content = null;
    }
}
