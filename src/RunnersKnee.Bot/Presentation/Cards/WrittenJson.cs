using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// A piece of a card carried as a node that writes itself, so a button costs one object rather than a tree of
/// objects, one per property (a pain check has eleven buttons, each in its own column), and is written once, straight
/// into the card's JSON. Written with the writer's defaults, as the template writer and the bound tree are, so the
/// card's JSON is the same to the byte.
/// </summary>
internal abstract class WrittenJson
{
    // Its own options: the piece is written by its converter alone, so no resolver needs to know any other type.
    private static readonly JsonTypeInfo<WrittenJson> TypeInfo = JsonMetadataServices.CreateValueInfo<WrittenJson>(
        new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, new WrittenJsonConverter());

    /// <summary>
    /// A node holding what <paramref name="write"/> writes (one JSON value) from <paramref name="state"/>, written
    /// when the card is. The state is what the piece shows: the callers make it for the piece and change it no more.
    /// </summary>
    public static JsonNode Node<TState>(TState state, Action<Utf8JsonWriter, TState> write) =>
        JsonValue.Create<WrittenJson>(new Piece<TState>(state, write), TypeInfo)!;

    /// <summary>Writes a node: a piece by writing itself, any other node as itself.</summary>
    public static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is JsonValue value && value.TryGetValue<WrittenJson>(out var piece))
        {
            piece.WriteTo(writer);
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

    public abstract void WriteTo(Utf8JsonWriter writer);

    private sealed class Piece<TState>(TState state, Action<Utf8JsonWriter, TState> write) : WrittenJson
    {
        public override void WriteTo(Utf8JsonWriter writer) => write(writer, state);
    }
}
