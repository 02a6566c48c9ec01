using System.Collections.Concurrent;

namespace RunnersKnee.BotFramework.State;

/// <summary>
/// A concurrent map that starts again when it holds about <c>capacity</c> entries, so a cache of what this process
/// has seen keeps no entry per person for the life of the process. Forgetting is cheap for its users: a forgotten
/// key costs the work the cache saves, once.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    // ConcurrentDictionary.Count takes every lock of the map, which on a turn's path cost more than the cache saved:
    // the bound is looked at once every CheckEvery sets, so the map may briefly hold that many more.
    private const int CheckEvery = 64;

    private readonly ConcurrentDictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private int _sets;

    public bool TryGetValue(string key, out TValue value) => _entries.TryGetValue(key, out value!);

    public bool TryRemove(string key, out TValue value) => _entries.TryRemove(key, out value!);

    public void Remove(string key) => _entries.TryRemove(key, out _);

    public void Set(string key, TValue value)
    {
        if (Interlocked.Increment(ref _sets) % CheckEvery == 0 && _entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = value;
    }
}
