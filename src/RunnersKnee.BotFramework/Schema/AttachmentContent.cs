using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>An attachment's content on the wire: JSON written by the app (copied as it is) or an element (read or set).</summary>
[JsonConverter(typeof(AttachmentContentConverter))]
public readonly struct AttachmentContent
{
    private readonly byte[]? _written;
    private readonly JsonElement _element;

    internal AttachmentContent(byte[] written) => _written = written;

    internal AttachmentContent(JsonElement element) => _element = element;

    /// <summary>The element; for written content, parsed here (only a read back needs it).</summary>
    public JsonElement Element => _written is null ? _element : Parse(_written);

    internal static JsonElement Parse(byte[] utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        return JsonElement.ParseValue(ref reader);
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        if (_written is null)
        {
            Element.WriteTo(writer);
        }
        else
        {
            writer.WriteRawValue(_written, skipInputValidation: true);
        }
    }
}
