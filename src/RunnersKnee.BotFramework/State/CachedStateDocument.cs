using System.Buffers;
using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// One state document as loaded for a turn: the stored JSON, the ETag it came with, and the typed values the
/// turn has touched. Saving writes the merge back only if the bytes changed. The stored JSON is read in place
/// (a property is deserialized only when asked for) and the merge is written straight to bytes: untouched
/// properties are copied as they are, touched ones serialized where they stood, new ones appended.
/// </summary>
internal sealed class CachedStateDocument(string key, BinaryData? original, string? etag)
{
    private readonly Dictionary<string, (object? Value, Type Type)> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private BinaryData? _source = original;
    private JsonElement? _stored;

    public string Key { get; } = key;

    public string? ETag { get; private set; } = etag;

    /// <summary>The document was erased this turn: nothing may be written back for it.</summary>
    public bool IsDeleted { get; set; }

    public BinaryData? Original { get; private set; } = original;

    public T Get<T>(string name, Func<T> createDefault)
    {
        if (_values.TryGetValue(name, out var cached))
        {
            return (T)cached.Value!;
        }

        var value = !_removed.Contains(name) && Stored() is { } stored
            && stored.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null
            ? element.Deserialize<T>(BotJson.Options) ?? createDefault()
            : createDefault();
        _values[name] = (value, typeof(T));
        return value;
    }

    /// <summary>The value when the document has one; a missing property stays missing (nothing new to write).</summary>
    public T? Peek<T>(string name) =>
        _values.ContainsKey(name) || (!_removed.Contains(name) && Stored() is { } stored && stored.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null)
            ? Get<T>(name, () => default!)
            : default;

    public void Set<T>(string name, T value) => _values[name] = (value, typeof(T));

    public void Delete(string name)
    {
        _values.Remove(name);
        _removed.Add(name);
    }

    public void Clear()
    {
        _values.Clear();
        _removed.Clear();
        _source = null;
        _stored = null;
    }

    /// <summary>The document to store, or null when nothing differs from what was loaded.</summary>
    public BinaryData? Serialize(bool force)
    {
        if (IsDeleted || (!force && IsSaved))
        {
            return null;
        }

        if (!force && Original is null && _values.Count == 0)
        {
            // Nothing stored and nothing to store: writing "{}" would cost a call and could conflict with another turn.
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, (_source?.Length ?? 0) + 256));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            HashSet<string>? written = null;
            if (Stored() is { } stored)
            {
                foreach (var property in stored.EnumerateObject())
                {
                    // A property deleted this turn and set again moves to the end, as it did in a JSON object.
                    if (_removed.Contains(property.Name))
                    {
                        continue;
                    }

                    if (_values.TryGetValue(property.Name, out var touched))
                    {
                        WriteValue(writer, property.Name, touched);
                        (written ??= new HashSet<string>(StringComparer.Ordinal)).Add(property.Name);
                    }
                    else
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            foreach (var (name, touched) in _values)
            {
                if (written?.Contains(name) != true)
                {
                    WriteValue(writer, name, touched);
                }
            }

            writer.WriteEndObject();
        }

        var bytes = new BinaryData(buffer.WrittenSpan.ToArray());
        return force || Original is null || !bytes.ToMemory().Span.SequenceEqual(Original.ToMemory().Span) ? bytes : null;
    }

    /// <summary>Written this turn and untouched since: a second state naming the same document has nothing to add.</summary>
    private bool IsSaved => _values.Count == 0 && _removed.Count == 0 && Original is not null && ReferenceEquals(_source, Original);

    public void MarkSaved(BinaryData content, string etag)
    {
        Original = content;
        ETag = etag;
        _source = content;
        _stored = null;
        _values.Clear();
        _removed.Clear();
    }

    /// <summary>The stored document's root object, parsed on first use; null when there is none (or it is not an object).</summary>
    private JsonElement? Stored()
    {
        if (_stored is null && _source is not null)
        {
            var reader = new Utf8JsonReader(_source.ToMemory().Span);
            var root = JsonElement.ParseValue(ref reader);
            _stored = root.ValueKind == JsonValueKind.Object ? root : default(JsonElement?);
            if (_stored is null)
            {
                _source = null;
            }
        }

        return _stored;
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, (object? Value, Type Type) touched)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, touched.Value, touched.Type, BotJson.Options);
    }
}
