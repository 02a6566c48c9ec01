using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>Reads an attachment's content as an element and writes written content as its own bytes.</summary>
internal sealed class AttachmentContentConverter : JsonConverter<AttachmentContent>
{
    public override AttachmentContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, AttachmentContent value, JsonSerializerOptions options) => value.WriteTo(writer);
}
