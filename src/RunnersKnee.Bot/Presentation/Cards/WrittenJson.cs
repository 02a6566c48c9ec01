using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// A piece of a card written to JSON once and carried as a node, so a button costs its bytes rather than a tree of
/// objects, one per property (a pain check has eleven buttons, each in its own column). Written with the writer's
/// defaults, as the template writer and the bound tree are, so the card's JSON is the same to the byte.
/// </summary>
internal sealed class WrittenJson
{
    // Its own options: the piece is written by its converter alone, so no resolver needs to know any other type.
    private static readonly JsonTypeInfo<WrittenJson> TypeInfo = JsonMetadataServices.CreateValueInfo<WrittenJson>(
        new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, new WrittenJsonConverter());

    // One writer per thread: a piece is written without an await in between, and pieces are not written inside each other.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private WrittenJson(byte[] utf8) => Utf8 = utf8;

    /// <summary>The finished JSON value, UTF-8.</summary>
    public byte[] Utf8 { get; }

    /// <summary>A node holding what <paramref name="write"/> writes (one JSON value).</summary>
    public static JsonNode Node<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        write(writer, state);
        writer.Flush();
        return JsonValue.Create(new WrittenJson(buffer.WrittenSpan.ToArray()), TypeInfo)!;
    }

    /// <summary>Writes a node: a written piece as its bytes, any other node as itself.</summary>
    public static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is JsonValue value && value.TryGetValue<WrittenJson>(out var written))
        {
            writer.WriteRawValue(written.Utf8, skipInputValidation: true);
        }
        else if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }
}
