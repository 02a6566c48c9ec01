using System.Text.Json;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// One state document as loaded for a turn: the stored JSON, the ETag it came with, and the typed values the
/// turn has touched. Saving writes the merge back only if the bytes changed. The stored JSON is read in place
/// (a property is deserialized only when asked for) and the merge is written straight to bytes: untouched
/// properties are copied as they are, touched ones serialized where they stood, new ones appended. Where each
/// property lies in the stored bytes (<see cref="StoredLayout"/>) is found by one pass of the reader, with no tree
/// built. The merge is written into a buffer kept per thread (<see cref="StateDocumentWriter"/>), so a turn
/// allocates only the new document's bytes, and not those when they equal what was loaded. What the document's last
/// turn in this process left it with (<see cref="StateValueCache"/>, <paramref name="kept"/>: its values and its
/// layout) is used instead of reading the same bytes again.
/// </summary>
internal sealed class CachedStateDocument(string key, BinaryData? original, string? etag, KeptDocument? kept = null)
{
    private readonly Dictionary<string, TypedValue> _values = new(StringComparer.Ordinal);
    // Values that equal the stored ones, not yet asked for this turn: taken into _values on first use, so a value
    // nobody touched is still written as its stored bytes.
    private Dictionary<string, TypedValue>? _kept = kept?.Values;
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private BinaryData? _source = original;
    private StoredLayout? _layout = original is not null && kept?.Layout is { } layout && layout.Fits(original.ToMemory().Length) ? layout : null;
    // Where the last merge put each property, for the bytes it returned (or found equal to those loaded).
    private StoredLayout? _written;

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

        var value = TryGetStored(name, out var stored)
            ? JsonSerializer.Deserialize<T>(stored, BotJson.Options) ?? createDefault()
            : createDefault();
        _values[name] = new TypedValue(value, typeof(T), Owned: true);
        return value;
    }

    /// <summary>The value when the document has one; a missing property stays missing (nothing new to write).</summary>
    public T? Peek<T>(string name) =>
        _values.ContainsKey(name) || _kept?.ContainsKey(name) == true || TryGetStored(name, out _)
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

        return TryGetStored(name, out var stored) ? stored : default;
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
        _layout = null;
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

        using var document = new StateDocumentWriter();
        HashSet<string>? written = null;
        if (Layout() is { } stored)
        {
            var source = _source!.ToMemory().Span;
            for (var i = 0; i < stored.Count; i++)
            {
                var (name, start, length) = stored[i];

                // A property deleted this turn and set again moves to the end, as it did in a JSON object.
                if (_removed.Contains(name) || written?.Contains(name) == true)
                {
                    continue;
                }

                if (_values.TryGetValue(name, out var touched))
                {
                    document.WriteValue(name, touched);
                    (written ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                }
                else
                {
                    // Untouched (the person's history, most turns): its stored bytes.
                    document.WriteStored(name, source.Slice(start, length));
                }
            }
        }

        foreach (var (name, touched) in _values)
        {
            if (written?.Contains(name) != true)
            {
                document.WriteValue(name, touched);
            }
        }

        var merged = document.Finish(out _written);
        var changed = force || Original is null || !merged.SequenceEqual(Original.ToMemory().Span);
        return changed ? new BinaryData(merged.ToArray()) : null;
    }

    /// <summary>Written this turn and untouched since: a second state naming the same document has nothing to add.</summary>
    private bool IsSaved => _values.Count == 0 && _removed.Count == 0 && Original is not null && ReferenceEquals(_source, Original);

    /// <summary>
    /// The store now holds <paramref name="content"/> at <paramref name="etag"/>. Returns the values that describe
    /// it, for the document's next turn (<see cref="StateValueCache"/>); the rest of this turn reads the new bytes.
    /// </summary>
    public KeptDocument MarkSaved(BinaryData content, string etag)
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

        // The layout of what was just written, or of what was loaded when the store holds that still.
        _layout = _written ?? (ReferenceEquals(content, _source) ? _layout : null);
        _written = null;
        _kept = null;
        Original = content;
        ETag = etag;
        _source = content;
        _values.Clear();
        _removed.Clear();
        return new KeptDocument(values, _layout);
    }

    /// <summary>
    /// After a save that found nothing to write: the values the turn used still describe the stored document, so
    /// they are handed on as after a write (null when there is nothing to hand on, or the document was erased).
    /// </summary>
    public KeptDocument? MarkUnchanged() =>
        !IsDeleted && Original is not null && ETag is not null && (_values.Count > 0 || _kept is { Count: > 0 }) ? MarkSaved(Original, ETag) : null;

    /// <summary>Where the stored document's properties lie, read on first use; null when there is none (or it is not an object).</summary>
    private StoredLayout? Layout()
    {
        if (_layout is null && _source is not null)
        {
            _layout = StoredLayout.Read(_source.ToMemory().Span, BotJson.Options.MaxDepth);
            if (_layout is null)
            {
                _source = null;
            }
        }

        return _layout;
    }

    /// <summary>The stored value of <paramref name="name"/>, where it lies; false when it is missing, null, or removed this turn.</summary>
    private bool TryGetStored(string name, out ReadOnlySpan<byte> value)
    {
        value = default;
        return !_removed.Contains(name) && Layout() is { } layout && layout.TryGetValue(_source!.ToMemory().Span, name, out value);
    }

}
