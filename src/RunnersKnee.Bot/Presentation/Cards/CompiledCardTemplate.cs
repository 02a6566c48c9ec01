using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// A card template prepared once for writing, so a turn does not rebuild and clone the template's tree to bind it:
/// every part without a placeholder or a <c>$when</c> is kept as its finished JSON and copied, and only the places
/// that take a value are worked out per card. Writes exactly what <see cref="CardTemplate.Bind"/> followed by
/// serialization gives (same rules, same order, same escaping).
/// </summary>
internal sealed class CompiledCardTemplate
{
    private readonly CardTemplate _template;
    private readonly Piece _root;

    public CompiledCardTemplate(CardTemplate template, JsonObject source)
    {
        _template = template;
        _root = Compile(source);
    }

    public void WriteTo(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonNode?> values)
    {
        if (!_root.Write(this, writer, values))
        {
            throw new InvalidOperationException($"Card '{_template.Name}' did not bind to an object.");
        }
    }

    private JsonNode? Lookup(string name, IReadOnlyDictionary<string, JsonNode?> values) => _template.Lookup(name, values);

    private static Piece Compile(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when HasPlaceholderOrCondition(obj):
                var properties = new List<(JsonEncodedText, Piece)>();
                foreach (var (key, child) in obj)
                {
                    if (key != "$when")
                    {
                        properties.Add((JsonEncodedText.Encode(key), Compile(child)));
                    }
                }

                return new ObjectPiece(obj.TryGetPropertyValue("$when", out var condition), condition, [.. properties]);
            case JsonArray array when HasPlaceholderOrCondition(array):
                return new ArrayPiece([.. array.Select(Compile)]);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                if (CardTemplate.WholePlaceholderName(text) is { } name)
                {
                    return new WholePiece(name);
                }

                return CardTemplate.HasPlaceholder(text) ? new TextPiece(text) : new LiteralPiece(node);
            default:
                return new LiteralPiece(node);
        }
    }

    /// <summary>Whether anything under the node takes a value: a placeholder in a string or a name, or a <c>$when</c>.</summary>
    private static bool HasPlaceholderOrCondition(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => p.Key == "$when" || CardTemplate.HasPlaceholder(p.Key) || HasPlaceholderOrCondition(p.Value)),
        JsonArray array => array.Any(HasPlaceholderOrCondition),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => CardTemplate.HasPlaceholder(value.GetValue<string>()),
        _ => false,
    };

    /// <summary>One part of the template; <see cref="Write"/> returns false when the part binds to nothing (and wrote nothing).</summary>
    private abstract class Piece
    {
        public abstract bool Write(CompiledCardTemplate card, Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonNode?> values);
    }

    /// <summary>JSON without a placeholder, written as it was prepared.</summary>
    private sealed class LiteralPiece(JsonNode? node) : Piece
    {
        private readonly byte[] _json = Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null");

        public override bool Write(CompiledCardTemplate card, Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonNode?> values)
        {
            writer.WriteRawValue(_json, skipInputValidation: true);
            return true;
        }
    }

    /// <summary><c>"${name}"</c>: the bound value itself; bound to nothing, nothing.</summary>
    private sealed class WholePiece(string name) : Piece
    {
        public string Name { get; } = name;

        public override bool Write(CompiledCardTemplate card, Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonNode?> values)
        {
            if (card.Lookup(Name, values) is not { } value)
            {
                return false;
            }

            value.WriteTo(writer);
            return true;
        }
    }

    /// <summary>A string with placeholders inside: the values' texts put in.</summary>
    private sealed class TextPiece(string text) : Piece
    {
        public override bool Write(CompiledCardTemplate card, Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonNode?> values)
        {
            writer.WriteStringValue(card._template.FillText(text, values));
            return true;
        }
    }

    private sealed class ObjectPiece(bool conditional, JsonNode? condition, (JsonEncodedText Name, Piece Value)[] properties) : Piece
    {
        public override bool Write(CompiledCardTemplate card, Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonNode?> values)
        {
            if (conditional && !card._template.IsTrueCondition(condition, values))
            {
                return false;
            }

            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (value is WholePiece whole)
                {
                    // A property whose whole value is a placeholder bound to nothing is left out.
                    if (card.Lookup(whole.Name, values) is { } bound)
                    {
                        writer.WritePropertyName(name);
                        bound.WriteTo(writer);
                    }

                    continue;
                }

                writer.WritePropertyName(name);
                if (!value.Write(card, writer, values))
                {
                    // An object dropped by its $when stays as null under its name, as in the bound tree.
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndObject();
            return true;
        }
    }

    private sealed class ArrayPiece(Piece[] items) : Piece
    {
        public override bool Write(CompiledCardTemplate card, Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonNode?> values)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                if (item is WholePiece whole && card.Lookup(whole.Name, values) is JsonArray spliced)
                {
                    // An element bound to an array is replaced by that array's elements.
                    foreach (var element in spliced)
                    {
                        if (element is null)
                        {
                            writer.WriteNullValue();
                        }
                        else
                        {
                            element.WriteTo(writer);
                        }
                    }

                    continue;
                }

                // An element that binds to nothing (a placeholder bound to nothing, an object its $when drops) is left out.
                item.Write(card, writer, values);
            }

            writer.WriteEndArray();
            return true;
        }
    }
}
