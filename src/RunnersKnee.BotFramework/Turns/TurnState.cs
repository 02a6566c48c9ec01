namespace RunnersKnee.BotFramework.Turns;

/// <summary>A small typed bag for things that live exactly one turn.</summary>
public sealed class TurnState
{
    private readonly Dictionary<string, object> _items = new(StringComparer.Ordinal);

    public T? Get<T>(string key)
        where T : class => _items.TryGetValue(key, out var value) ? value as T : null;

    public void Set<T>(string key, T value)
        where T : class => _items[key] = value;

    public bool Remove(string key) => _items.Remove(key);
}
