namespace RunnersKnee.BotFramework.State;

/// <summary>A write lost an optimistic-concurrency race: the key changed (or appeared) since it was read.</summary>
public sealed class StorageConflictException(string key, Exception? innerException = null)
    : Exception($"The stored item '{key}' changed since it was read.", innerException)
{
    public string Key { get; } = key;
}
