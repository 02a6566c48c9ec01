namespace RunnersKnee.BotFramework.State;

/// <summary>Wraps the configured store and counts its calls in <see cref="StorageMetrics"/>.</summary>
public sealed class InstrumentedStorage(IStorage inner, StorageMetrics metrics) : IStorage
{
    public IStorage Inner { get; } = inner;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        metrics.RecordRead();
        return Inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        metrics.RecordWrite();
        return Inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        metrics.RecordDelete();
        return Inner.DeleteAsync(keys, cancellationToken);
    }
}
