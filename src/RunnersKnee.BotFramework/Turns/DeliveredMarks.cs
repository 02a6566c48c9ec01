using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// What this process knows it delivered of the replies written with a state document (<see cref="TurnDelivery"/>):
/// per document, the version it saved and the ids it then delivered. The next turn of that document here reads the
/// mark instead of parsing the replies, and overwrites them with its own in its one write. When no turn comes within
/// <see cref="TurnOptions.DeliveredMarkDelay"/> (longer than a workout's rest, so a session's turns overwrite each
/// other's), the delivered replies are taken out of the stored document (a read and a write per pause in the
/// conversation, off any turn's path), so another instance, or this one after a restart, does not send them again;
/// at shutdown every mark left is written before the process goes.
/// </summary>
public sealed class DeliveredMarks(
    IStorage storage,
    KeyedAsyncLock documents,
    IOptions<TurnOptions> options,
    TimeProvider timeProvider,
    ILogger<DeliveredMarks> logger) : IDisposable
{
    private const int MaxWriteAttempts = 3;

    private readonly Dictionary<string, DeliveredMark> _marks = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _writing = [];
    private bool _closed;

    /// <summary>Whether the document as read (its ETag) holds only replies this process has delivered.</summary>
    public bool CoversAll(string key, string? etag)
    {
        lock (_marks)
        {
            return etag is not null && _marks.TryGetValue(key, out var mark) && mark.ETag == etag && mark.Complete;
        }
    }

    /// <summary>
    /// Whether this process delivered the reply <paramref name="id"/> of the document. Ids are unique, so this holds
    /// whatever another instance wrote to the document since (it leaves this process's replies listed as they were).
    /// </summary>
    public bool Delivered(string key, string id)
    {
        lock (_marks)
        {
            return _marks.TryGetValue(key, out var mark) && mark.Ids.Contains(id);
        }
    }

    /// <summary>Drops the document's mark: a turn here has listed other replies in it.</summary>
    public void Forget(string key)
    {
        lock (_marks)
        {
            if (_marks.Remove(key, out var mark))
            {
                mark.Timer?.Dispose();
            }
        }
    }

    /// <summary>
    /// Moves the document's mark to the version a turn here saved without touching the listed replies, so they stay
    /// known as delivered.
    /// </summary>
    public void Follow(string key, string? etag)
    {
        lock (_marks)
        {
            if (etag is not null && _marks.TryGetValue(key, out var mark))
            {
                mark.ETag = etag;
            }
        }
    }

    /// <summary>
    /// Notes that every reply <paramref name="ids"/> the save <paramref name="etag"/> wrote was delivered;
    /// <paramref name="complete"/> when the document holds no other sender's replies.
    /// </summary>
    public void Record(string key, string etag, IReadOnlyCollection<string> ids, bool complete)
    {
        var mark = new DeliveredMark(etag, new HashSet<string>(ids, StringComparer.Ordinal), complete);
        lock (_marks)
        {
            if (_marks.Remove(key, out var previous))
            {
                previous.Timer?.Dispose();
            }

            _marks[key] = mark;
            if (_closed)
            {
                // Shutting down: the flush has run, so this one is written now rather than left unwritten.
                Track(WriteAsync(key, mark, CancellationToken.None));
                return;
            }

            mark.Timer = timeProvider.CreateTimer(_ => Due(key, mark), null, options.Value.DeliveredMarkDelay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Writes every mark left (the process is stopping) and waits for the writes under way.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        Task[] writing;
        lock (_marks)
        {
            _closed = true;
            foreach (var (key, mark) in _marks)
            {
                mark.Timer?.Dispose();
                Track(WriteAsync(key, mark, cancellationToken));
            }

            writing = [.. _writing];
        }

        await Task.WhenAll(writing);
    }

    public void Dispose()
    {
        lock (_marks)
        {
            _closed = true;
            foreach (var mark in _marks.Values)
            {
                mark.Timer?.Dispose();
            }

            _marks.Clear();
        }
    }

    private void Due(string key, DeliveredMark mark)
    {
        lock (_marks)
        {
            if (!_closed && _marks.TryGetValue(key, out var current) && ReferenceEquals(current, mark))
            {
                Track(WriteAsync(key, mark, CancellationToken.None));
            }
        }
    }

    // Called under the lock.
    private void Track(Task write)
    {
        _writing.Add(write);
        _ = write.ContinueWith(
            done =>
            {
                lock (_marks)
                {
                    _writing.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Takes the delivered replies out of the stored document, under the document's lock so no turn here is between
    /// its read and its write; the mark stays readable until then, and a turn here that came first (and replaced the
    /// mark) makes the write unnecessary. The document is read afresh (the mark does not hold it, so a pause costs
    /// memory only for ids); another instance may have written since, so only this process's ids are taken out.
    /// </summary>
    private async Task WriteAsync(string key, DeliveredMark mark, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            using var held = await documents.EnterAsync(key, cancellationToken);
            lock (_marks)
            {
                if (!_marks.TryGetValue(key, out var current) || !ReferenceEquals(current, mark))
                {
                    return;
                }
            }

            for (var attempt = 1; ; attempt++)
            {
                var items = await storage.ReadAsync([key], cancellationToken);
                if (!items.TryGetValue(key, out var stored) || stored.ETag is null)
                {
                    return;
                }

                var document = new CachedStateDocument(key, stored.Content, stored.ETag);
                try
                {
                    if (mark.TakeOutOf(document) is not { } written)
                    {
                        return;
                    }

                    await storage.WriteAsync(new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new(written, stored.ETag) }, cancellationToken);
                    return;
                }
                catch (StorageConflictException) when (attempt < MaxWriteAttempts)
                {
                    // Another instance wrote between the read and the write: read its version.
                }
                finally
                {
                    document.Clear();
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not fatal: the replies stay listed, and a turn on another instance may send them again.
            BotFrameworkLog.DeliveredMarkFailed(logger, exception);
        }
        finally
        {
            lock (_marks)
            {
                if (_marks.TryGetValue(key, out var current) && ReferenceEquals(current, mark))
                {
                    _marks.Remove(key);
                    mark.Timer?.Dispose();
                }
            }
        }
    }
}
