using System.Runtime.CompilerServices;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// The typed values a turn left a state document with, and where its properties lie in the bytes written, kept for
/// the document's next turn in this process, so it need not read again what it just wrote. They are handed out only
/// against the ETag the store gives that turn for the document: a document written since by anyone else (another
/// instance, a direct write, an erase) has another ETag, and its values are read from its bytes as before. The
/// store is still read every turn.
/// </summary>
/// <remarks>
/// An entry is taken, not shared: the turn that takes it owns the objects and changes them in place, and the entry
/// comes back only when that turn saves (or finds nothing to save). A turn that fails in between leaves nothing,
/// so its half-made changes never reach the next turn. Bounded, so a process that sees many conversations does not
/// keep every one it has seen; one per store instance, since ETags are only unique within a store.
/// </remarks>
internal sealed class StateValueCache
{
    private const int MaxDocuments = 256;

    private static readonly ConditionalWeakTable<IStorage, StateValueCache> PerStore = [];

    private readonly BoundedCache<Entry> _entries = new(MaxDocuments);

    public static StateValueCache For(IStorage storage) => PerStore.GetValue(storage, _ => new StateValueCache());

    /// <summary>What was kept for <paramref name="key"/> as it was at <paramref name="etag"/>; null when nothing was (then the bytes are read).</summary>
    public KeptDocument? Take(string key, string? etag) =>
        etag is not null && _entries.TryRemove(key, out var entry) && entry.ETag == etag ? entry.Kept : null;

    /// <summary>Keeps what describes <paramref name="key"/> as stored at <paramref name="etag"/>.</summary>
    public void Keep(string key, string etag, KeptDocument kept)
    {
        if (kept.Values.Count == 0 && kept.Layout is null)
        {
            _entries.Remove(key);
            return;
        }

        _entries.Set(key, new Entry(etag, kept));
    }

    public void Forget(string key) => _entries.Remove(key);

    private sealed record Entry(string ETag, KeptDocument Kept);
}
