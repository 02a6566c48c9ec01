using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// One state document as loaded for a turn: the stored JSON, the ETag it came with, and the typed values the
/// turn has touched. Saving writes the merge back only if the bytes changed.
/// </summary>
internal sealed class CachedStateDocument(string key, BinaryData? original, string? etag)
{
    private readonly Dictionary<string, (object? Value, Type Type)> _values = new(StringComparer.Ordinal);
    private JsonObject? _document = original is null ? null : JsonNode.Parse(original.ToMemory().Span) as JsonObject;

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

        var value = _document is not null && _document.TryGetPropertyValue(name, out var node) && node is not null
            ? node.Deserialize<T>(BotJson.Options) ?? createDefault()
            : createDefault();
        _values[name] = (value, typeof(T));
        return value;
    }

    public void Set<T>(string name, T value) => _values[name] = (value, typeof(T));

    public void Delete(string name)
    {
        _values.Remove(name);
        _document?.Remove(name);
    }

    public void Clear()
    {
        _values.Clear();
        _document = null;
    }

    /// <summary>The document to store, or null when nothing differs from what was loaded.</summary>
    public BinaryData? Serialize(bool force)
    {
        if (IsDeleted)
        {
            return null;
        }

        var merged = _document?.DeepClone().AsObject() ?? [];
        foreach (var (name, (value, type)) in _values)
        {
            merged[name] = JsonSerializer.SerializeToNode(value, type, BotJson.Options);
        }

        if (!force && Original is null && merged.Count == 0)
        {
            // Nothing stored and nothing to store: writing "{}" would cost a call and could conflict with another turn.
            return null;
        }

        var bytes = new BinaryData(JsonSerializer.SerializeToUtf8Bytes(merged, BotJson.Options));
        return force || Original is null || !bytes.ToMemory().Span.SequenceEqual(Original.ToMemory().Span) ? bytes : null;
    }

    public void MarkSaved(BinaryData content, string etag)
    {
        Original = content;
        ETag = etag;
        _document = JsonNode.Parse(content.ToMemory().Span) as JsonObject;
        _values.Clear();
    }
}
