using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// One state document as loaded for a turn: the stored JSON, the ETag it came with, and the typed values the
/// turn has touched. Saving writes the merge back only if the bytes changed. The stored JSON is read in place
/// (a property is deserialized only when asked for) and the merge is written straight to bytes: untouched
/// properties are copied as they are, touched ones serialized where they stood, new ones appended. The parse
/// borrows its index from the array pool and reads the stored bytes where they are (no copy); it is given back when
/// the turn saves or clears the document. The merge is written into a buffer kept per thread, so a turn allocates
/// only the new document's bytes, and not those when they equal what was loaded. The values the document's last
/// turn in this process left it with (<see cref="StateValueCache"/>, <paramref name="kept"/>) are used instead of
/// deserializing the same bytes again.
/// </summary>
internal sealed class CachedStateDocument(string key, BinaryData? original, string? etag, Dictionary<string, TypedValue>? kept = null)
{
    private readonly Dictionary<string, TypedValue> _values = new(StringComparer.Ordinal);
    // Values that equal the stored ones, not yet asked for this turn: taken into _values on first use, so a value
    // nobody touched is still written as its stored bytes.
    private Dictionary<string, TypedValue>? _kept = kept;
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private BinaryData? _source = original;
    private JsonDocument? _parsed;
    private JsonElement? _stored;

    private const int MaxKeptBufferBytes = 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = BotJson.Options.Encoder };

    // The buffer a thread writes documents into, kept between saves (Serialize has no await, so no other turn can
    // share it mid-write); one grown past MaxKeptBufferBytes by an unusually large document is let go after use.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public string Key { get; } = key;

    public string? ETag { get; private set; } = etag;

    /// <summary>The document was erased this turn: nothing may be written back for it.</summary>
    public bool IsDeleted { get; set; }

    public BinaryData? Original { get; private set; } = original;

    public T Get<T>(string name, Func<T> createDefault)
    {
        if (_values.TryGetValue(name, out var cached))
        {
            return cached.Value is RawJsonValue raw && typeof(T) != typeof(RawJsonValue)
                ? JsonSerializer.Deserialize<T>(raw.Utf8Json, BotJson.Options) ?? createDefault()
                : (T)cached.Value!;
        }

        if (_kept is not null && _kept.Remove(name, out var kept) && kept.Type == typeof(T))
        {
            _values[name] = kept;
            return (T)kept.Value!;
        }

        var value = !_removed.Contains(name) && Stored() is { } stored
            && stored.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null
            ? element.Deserialize<T>(BotJson.Options) ?? createDefault()
            : createDefault();
        _values[name] = new TypedValue(value, typeof(T), Owned: true);
        return value;
    }

    /// <summary>The value when the document has one; a missing property stays missing (nothing new to write).</summary>
    public T? Peek<T>(string name) =>
        _values.ContainsKey(name) || _kept?.ContainsKey(name) == true || (!_removed.Contains(name) && Stored() is { } stored && stored.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null)
            ? Get<T>(name, () => default!)
            : default;

    public void Set<T>(string name, T value)
    {
        _kept?.Remove(name);

        // Setting back what was read (the dialog stack, every turn) keeps it the document's own.
        var owned = _values.TryGetValue(name, out var held) && held.Owned && ReferenceEquals(held.Value, value);
        _values[name] = new TypedValue(value, typeof(T), owned);
    }

    /// <summary>
    /// The property's JSON as stored (or as set raw this turn), read where it lies with nothing deserialized; empty
    /// when the document has no value for it. The span is valid until the document is saved, cleared or set again.
    /// </summary>
    public ReadOnlySpan<byte> RawValue(string name)
    {
        if (_values.TryGetValue(name, out var touched))
        {
            return touched.Value switch
            {
                RawJsonValue raw => raw.Utf8Json,
                null => default,
                var value => JsonSerializer.SerializeToUtf8Bytes(value, touched.Type, BotJson.Options),
            };
        }

        return !_removed.Contains(name) && Stored() is { } stored
            && stored.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null
            ? JsonMarshal.GetRawUtf8Value(element)
            : default;
    }

    /// <summary>Sets the property to finished JSON (one complete, valid value), written as these bytes.</summary>
    public void SetRaw(string name, byte[] utf8Json)
    {
        _kept?.Remove(name);
        _values[name] = new TypedValue(new RawJsonValue(utf8Json), typeof(RawJsonValue), Owned: false);
    }

    public void Delete(string name)
    {
        _kept?.Remove(name);
        _values.Remove(name);
        _removed.Add(name);
    }

    public void Clear()
    {
        _kept = null;
        _values.Clear();
        _removed.Clear();
        _source = null;
        ReleaseParsed();
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

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, WriterOptions);
            writer.WriteStartObject();
            HashSet<string>? written = null;
            if (Stored() is { } stored)
            {
                foreach (var property in stored.EnumerateObject())
                {
                    var name = property.Name;

                    // A property deleted this turn and set again moves to the end, as it did in a JSON object.
                    if (_removed.Contains(name))
                    {
                        continue;
                    }

                    if (_values.TryGetValue(name, out var touched))
                    {
                        WriteValue(writer, name, touched);
                        (written ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    }
                    else
                    {
                        // Untouched (the person's history, most turns): its stored bytes, copied without a walk through them.
                        writer.WritePropertyName(name);
                        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(property.Value), skipInputValidation: true);
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
            writer.Flush();
            var merged = buffer.WrittenSpan;
            return force || Original is null || !merged.SequenceEqual(Original.ToMemory().Span) ? new BinaryData(merged.ToArray()) : null;
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBufferBytes)
            {
                t_buffer = null;
            }
        }
    }

    /// <summary>Written this turn and untouched since: a second state naming the same document has nothing to add.</summary>
    private bool IsSaved => _values.Count == 0 && _removed.Count == 0 && Original is not null && ReferenceEquals(_source, Original);

    /// <summary>
    /// The store now holds <paramref name="content"/> at <paramref name="etag"/>. Returns the values that describe
    /// it, for the document's next turn (<see cref="StateValueCache"/>); the rest of this turn reads the new bytes.
    /// </summary>
    public Dictionary<string, TypedValue> MarkSaved(BinaryData content, string etag)
    {
        var values = _kept ?? new Dictionary<string, TypedValue>(_values.Count, StringComparer.Ordinal);
        foreach (var (name, value) in _values)
        {
            // A value the caller set may be held elsewhere too (replies being delivered); a null is read as missing.
            if (value is { Owned: true, Value: not null })
            {
                values[name] = value;
            }
        }

        _kept = null;
        Original = content;
        ETag = etag;
        _source = content;
        ReleaseParsed();
        _values.Clear();
        _removed.Clear();
        return values;
    }

    /// <summary>
    /// After a save that found nothing to write: the values the turn used still describe the stored document, so
    /// they are handed on as after a write (null when there is nothing to hand on, or the document was erased).
    /// </summary>
    public Dictionary<string, TypedValue>? MarkUnchanged() =>
        !IsDeleted && Original is not null && ETag is not null && (_values.Count > 0 || _kept is { Count: > 0 }) ? MarkSaved(Original, ETag) : null;

    /// <summary>The stored document's root object, parsed on first use; null when there is none (or it is not an object).</summary>
    private JsonElement? Stored()
    {
        if (_stored is null && _source is not null)
        {
            _parsed = JsonDocument.Parse(_source.ToMemory());
            var root = _parsed.RootElement;
            _stored = root.ValueKind == JsonValueKind.Object ? root : default(JsonElement?);
            if (_stored is null)
            {
                _source = null;
                ReleaseParsed();
            }
        }

        return _stored;
    }

    /// <summary>Gives the parse's pooled index back; no element of it is used after this (values are deserialized when read).</summary>
    private void ReleaseParsed()
    {
        _stored = null;
        _parsed?.Dispose();
        _parsed = null;
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, TypedValue touched)
    {
        writer.WritePropertyName(name);
        if (touched.Value is RawJsonValue raw)
        {
            writer.WriteRawValue(raw.Utf8Json, skipInputValidation: true);
            return;
        }

        JsonSerializer.Serialize(writer, touched.Value, touched.Type, BotJson.Options);
    }
}
