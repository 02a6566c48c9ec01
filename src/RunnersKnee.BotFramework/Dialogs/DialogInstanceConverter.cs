using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RunnersKnee.BotFramework.Dialogs;

/// <summary>
/// Reads and writes a <see cref="DialogInstance"/> as <c>{"id":…,"state":{…}}</c>, the JSON the serializer made of it
/// before, but with a component's inner stack (<see cref="DialogInstance.InnerStackKey"/>) read straight into its
/// <see cref="DialogState"/> and written straight from it, where it stands among the other values; every other value
/// of the state stays a JSON node.
/// </summary>
internal sealed class DialogInstanceConverter : JsonConverter<DialogInstance>
{
    private const string IdName = "id";
    private const string StateName = "state";

    public override DialogInstance? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance is a JSON object.");
        }

        var instance = new DialogInstance();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (Is(name, IdName, options))
            {
                instance.Id = reader.TokenType == JsonTokenType.Null ? null! : reader.GetString()!;
            }
            else if (Is(name, StateName, options))
            {
                instance.State = reader.TokenType == JsonTokenType.Null ? null! : ReadState(ref reader, instance, options);
            }
            else
            {
                reader.Skip();
            }
        }

        return instance;
    }

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, value.Id);
        if (value.State is null)
        {
            if (options.DefaultIgnoreCondition != JsonIgnoreCondition.WhenWritingNull)
            {
                writer.WriteNull(StateName);
            }
        }
        else
        {
            writer.WritePropertyName(StateName);
            writer.WriteStartObject();
            foreach (var (name, node) in value.State)
            {
                writer.WritePropertyName(name);
                if (value.InnerStack is not null && name == DialogInstance.InnerStackKey)
                {
                    JsonSerializer.Serialize(writer, value.InnerStack, options);
                }
                else if (node is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    node.WriteTo(writer, options);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static JsonObject ReadState(ref Utf8JsonReader reader, DialogInstance instance, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance's state is a JSON object.");
        }

        var state = new JsonObject(new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive });
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name == DialogInstance.InnerStackKey && reader.TokenType == JsonTokenType.StartObject)
            {
                instance.InnerStack = JsonSerializer.Deserialize<DialogState>(ref reader, options) ?? new DialogState();
                state[name] = null;
            }
            else
            {
                state[name] = JsonSerializer.Deserialize<JsonNode>(ref reader, options);
            }
        }

        return state;
    }

    private static bool Is(string? name, string expected, JsonSerializerOptions options) =>
        string.Equals(name, expected, options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
