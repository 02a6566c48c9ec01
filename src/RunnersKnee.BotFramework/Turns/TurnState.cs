namespace RunnersKnee.BotFramework.Turns;

/// <summary>A small typed bag for things that live exactly one turn.</summary>
public sealed class TurnState
{
    // A turn sets about a dozen items (each state's document, the middleware's marks): room for them from the start,
    // rather than growing through 3 and 7 on every turn.
    private readonly Dictionary<string, object> _items = new(16, StringComparer.Ordinal);

    public T? Get<T>(string key)
        where T : class => _items.TryGetValue(key, out var value) ? value as T : null;

    public void Set<T>(string key, T value)
        where T : class => _items[key] = value;

    public bool Remove(string key) => _items.Remove(key);
}
