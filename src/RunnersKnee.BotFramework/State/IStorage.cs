namespace RunnersKnee.BotFramework.State;

/// <summary>
/// Key → JSON document storage with optimistic concurrency. The contract every implementation keeps
/// (and the contract tests check):
/// <list type="bullet">
/// <item>Read returns only the keys that exist, each with its current ETag.</item>
/// <item>Write with <see cref="StoreItem.ETag"/> null creates the key and fails with
/// <see cref="StorageConflictException"/> if it exists; <c>"*"</c> writes unconditionally; any other
/// value must equal the current ETag, else <see cref="StorageConflictException"/>.</item>
/// <item>Delete of a missing key is not an error.</item>
/// <item>An unreachable or failing store throws <see cref="StorageUnavailableException"/>.</item>
/// </list>
/// </summary>
public interface IStorage
{
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes each item; returns the new ETag per key.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Whether what is written outlives the process. Only then are a turn's replies written with its state, so that a
    /// process that dies before delivering them leaves them for the next one (<see cref="Turns.TurnDelivery"/>).
    /// </summary>
    bool OutlivesProcess => true;
}
