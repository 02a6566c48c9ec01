namespace RunnersKnee.BotFramework.State;

/// <summary>
/// Wraps the configured store: counts its calls in <see cref="StorageMetrics"/> and, when a tracer listens, gives
/// each a span (<see cref="StorageTracing"/>).
/// </summary>
public sealed class InstrumentedStorage(IStorage inner, StorageMetrics metrics) : IStorage
{
    public IStorage Inner { get; } = inner;

    public bool OutlivesProcess => Inner.OutlivesProcess;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        metrics.RecordRead();
        return StorageTracing.IsTraced
            ? StorageTracing.TraceAsync("storage.read", keys.Count, () => Inner.ReadAsync(keys, cancellationToken))
            : Inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        metrics.RecordWrite();
        return StorageTracing.IsTraced
            ? StorageTracing.TraceAsync("storage.write", changes.Count, () => Inner.WriteAsync(changes, cancellationToken))
            : Inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        metrics.RecordDelete();
        return StorageTracing.IsTraced
            ? StorageTracing.TraceAsync("storage.delete", keys.Count, () => Inner.DeleteAsync(keys, cancellationToken))
            : Inner.DeleteAsync(keys, cancellationToken);
    }
}
