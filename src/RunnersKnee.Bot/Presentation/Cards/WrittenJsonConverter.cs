using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>Writes a <see cref="WrittenJson"/> piece where it stands; a card piece is never read back into one.</summary>
internal sealed class WrittenJsonConverter : JsonConverter<WrittenJson>
{
    public override WrittenJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A written card piece is only written.");

    public override void Write(Utf8JsonWriter writer, WrittenJson value, JsonSerializerOptions options) =>
        value.WriteTo(writer);
}
