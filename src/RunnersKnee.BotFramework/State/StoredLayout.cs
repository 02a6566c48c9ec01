using System.Text.Json;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// Where each top-level property's value lies in a stored document's bytes, in document order. Found by one pass of
/// the reader over the bytes (no tree of the document is built), or noted while the document was written
/// (<see cref="StateDocumentWriter"/>), so the document's next turn in this process finds its untouched properties
/// without reading the bytes again.
/// </summary>
internal sealed class StoredLayout
{
    private readonly List<(string Name, int Start, int Length)> _properties;

    /// <summary>A layout noted while the document was written (<see cref="StateDocumentWriter"/>), in document order.</summary>
    public StoredLayout(List<(string Name, int Start, int Length)> properties) => _properties = properties;

    public int Count => _properties.Count;

    public (string Name, int Start, int Length) this[int index] => _properties[index];

    /// <summary>The layout of <paramref name="utf8Json"/>; null when it is not a JSON object.</summary>
    /// <exception cref="JsonException">The bytes are not valid JSON.</exception>
    public static StoredLayout? Read(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var properties = new List<(string, int, int)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            properties.Add((name, start, (int)reader.BytesConsumed - start));
        }

        // The rest is read too, so bytes that are not one whole object are refused as the parse refused them.
        while (reader.Read())
        {
        }

        return new StoredLayout(properties);
    }

    /// <summary>Whether every property lies within <paramref name="length"/> bytes (a layout handed on is checked against the bytes it is for).</summary>
    public bool Fits(int length)
    {
        foreach (var (_, start, size) in _properties)
        {
            if (start < 0 || size <= 0 || start + size > length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of <paramref name="name"/> in <paramref name="utf8Json"/>; false when missing or null. A repeated name: the last one, as a parse reads it.</summary>
    public bool TryGetValue(ReadOnlySpan<byte> utf8Json, string name, out ReadOnlySpan<byte> value)
    {
        for (var i = _properties.Count - 1; i >= 0; i--)
        {
            var (property, start, length) = _properties[i];
            if (string.Equals(property, name, StringComparison.Ordinal))
            {
                value = utf8Json.Slice(start, length);
                return !value.SequenceEqual("null"u8);
            }
        }

        value = default;
        return false;
    }
}
