using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Tests.Fakes;

/// <summary>
/// <see cref="MemoryStorage"/> that logs and counts its calls and can be scripted to fail: the next writes throw
/// queued exceptions, reads can throw, and a hook runs just before a write (another instance writing first).
/// </summary>
public sealed class RecordingStorage(EventLog log) : IStorage
{
    private readonly Queue<Exception> _writeFailures = new();
    private int _reads;
    private int _writes;
    private int _deletes;

    public MemoryStorage Inner { get; } = new();

    public int Reads => Volatile.Read(ref _reads);

    public int Writes => Volatile.Read(ref _writes);

    public int Deletes => Volatile.Read(ref _deletes);

    /// <summary>Thrown by every read while set.</summary>
    public Exception? ReadFailure { get; set; }

    /// <summary>Runs before each write reaches the store (after the write was counted).</summary>
    public Func<Task>? BeforeWriteAsync { get; set; }

    public void FailNextWriteWith(Exception exception)
    {
        lock (_writeFailures)
        {
            _writeFailures.Enqueue(exception);
        }
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        log.Add("read:" + string.Join(",", keys));
        return ReadFailure is { } failure ? Task.FromException<IReadOnlyDictionary<string, StoreItem>>(failure) : Inner.ReadAsync(keys, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        log.Add("write:" + string.Join(",", changes.Keys));
        if (BeforeWriteAsync is { } hook)
        {
            await hook();
        }

        lock (_writeFailures)
        {
            if (_writeFailures.TryDequeue(out var failure))
            {
                throw failure;
            }
        }

        return await Inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _deletes);
        log.Add("delete:" + string.Join(",", keys));
        return Inner.DeleteAsync(keys, cancellationToken);
    }
}
