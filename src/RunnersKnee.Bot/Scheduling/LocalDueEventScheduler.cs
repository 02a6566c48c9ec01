using RunnersKnee.Bot.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// The embedded scheduler: each pending event is a file (written atomically), so a restart finds them again; an
/// in-memory priority queue wakes exactly when the next one is due. On a state store that dies with the process
/// (memory) the events are kept in memory only, unless <see cref="LocalSchedulerOptions.KeepFiles"/> says otherwise:
/// a file would outlive the conversation it belongs to and cost each rest a create, a rename and a delete.
/// An event is deleted only after its handler succeeded, so it is delivered at least once, and the handler's step
/// check makes that exactly once in effect.
/// One that falls due while the bot shuts down keeps its file and fires after the next start.
/// </summary>
public sealed class LocalDueEventScheduler : IDueEventScheduler, IDueEventSource
{
    private readonly Dictionary<string, (DueEvent Event, long Version, int Attempts)> _pending = new(StringComparer.Ordinal);
    private readonly PriorityQueue<(string Key, long Version), DateTimeOffset> _queue = new();
    private readonly HashSet<string> _firing = new(StringComparer.Ordinal);
    private IDueEventHandler? _handler;
    private readonly TimeProvider _time;
    private readonly LocalSchedulerOptions _options;
    private readonly ILogger<LocalDueEventScheduler> _logger;
    private readonly string? _directory;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _wakeAt = DateTimeOffset.MinValue;
    private long _version;

    public LocalDueEventScheduler(TimeProvider time, IOptions<LocalSchedulerOptions> options, IStorage storage, ILogger<LocalDueEventScheduler> logger)
    {
        _time = time;
        _options = options.Value;
        _logger = logger;
        if (!(_options.KeepFiles ?? storage.OutlivesProcess))
        {
            return;
        }

        _directory = Path.GetFullPath(_options.Directory);
        Directory.CreateDirectory(_directory);
        foreach (var file in Directory.EnumerateFiles(_directory, "*.json"))
        {
            if (JsonSerializer.Deserialize<DueEvent>(File.ReadAllBytes(file), BotJson.Options) is { } pending)
            {
                Enqueue(pending, attempts: 0);
            }
        }
    }

    /// <summary>Events waiting to fire (for tests and diagnostics).</summary>
    public int PendingCount
    {
        get
        {
            lock (_pending)
            {
                return _pending.Count;
            }
        }
    }

    public Task ScheduleAsync(DueEvent dueEvent, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_directory is null)
        {
            Enqueue(dueEvent, attempts: 0);
            return Task.CompletedTask;
        }

        var path = PathFor(dueEvent.Key);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";

        // A few hundred bytes, written synchronously: an "async" file write on Linux is the same write queued to
        // the thread pool, which costs the turn more CPU than the write itself (bench/ measured it).
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(dueEvent, BotJson.Options));
        File.Move(temporary, path, overwrite: true);
        Enqueue(dueEvent, attempts: 0);
        return Task.CompletedTask;
    }

    public Task CancelAsync(string key, CancellationToken cancellationToken)
    {
        bool stored;
        lock (_pending)
        {
            // Only a pending or firing event has a file; most cancels (every "done" after a rest, every start)
            // find nothing, and a delete of a missing file is a syscall each turn paid for nothing.
            stored = _pending.Remove(key) | _firing.Contains(key);
        }

        if (stored && _directory is not null)
        {
            File.Delete(PathFor(key));
        }

        return Task.CompletedTask;
    }

    public async Task CancelConversationAsync(string conversationKey, CancellationToken cancellationToken)
    {
        string[] keys;
        lock (_pending)
        {
            keys = [.. _pending.Keys.Where(key => key.StartsWith(conversationKey + "/", StringComparison.Ordinal))];
        }

        foreach (var key in keys)
        {
            await CancelAsync(key, cancellationToken);
        }
    }

    public async Task RunAsync(IDueEventHandler handler, CancellationToken stoppingToken)
    {
        _handler = handler;
        while (!stoppingToken.IsCancellationRequested)
        {
            Task wake;
            TimeSpan? wait;
            List<(DueEvent Event, int Attempts)> due;
            lock (_pending)
            {
                wake = _wake.Task;
                due = TakeDue(_time.GetUtcNow(), out wait);
            }

            // Each handler runs on the thread pool: one that does I/O before its first await (a file write, a
            // state read) must not hold back the events due with it or the loop's next wake-up.
            foreach (var (dueEvent, attempts) in due)
            {
                _ = Task.Run(() => FireAsync(dueEvent, attempts, stoppingToken), CancellationToken.None);
            }

            var delay = wait is { } w ? Task.Delay(w, _time, stoppingToken) : Task.Delay(Timeout.Infinite, stoppingToken);
            try
            {
                await Task.WhenAny(delay, wake).WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private List<(DueEvent, int)> TakeDue(DateTimeOffset now, out TimeSpan? wait)
    {
        var due = new List<(DueEvent, int)>();
        wait = null;
        _wakeAt = DateTimeOffset.MaxValue;
        while (_queue.TryPeek(out var entry, out var at))
        {
            if (!_pending.TryGetValue(entry.Key, out var pending) || pending.Version != entry.Version)
            {
                _queue.Dequeue();
                continue;
            }

            if (at > now)
            {
                wait = at - now;
                _wakeAt = at;
                break;
            }

            _queue.Dequeue();
            _pending.Remove(entry.Key);
            _firing.Add(entry.Key);
            due.Add((pending.Event, pending.Attempts));
        }

        return due;
    }

    private async Task FireAsync(DueEvent dueEvent, int attempts, CancellationToken cancellationToken)
    {
        try
        {
            await _handler!.HandleAsync(dueEvent, cancellationToken);
            DeleteIfUnchanged(dueEvent);
        }
        catch (DueEventDeferredException)
        {
            // Shutting down: the file stays and the next start reads it again; no attempt is counted.
            CoachLog.DueEventKeptForRestart(_logger, dueEvent.Name);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            CoachLog.LocalDueEventFailed(_logger, exception, dueEvent.Name, attempts + 1);
            if (attempts + 1 < _options.MaxAttempts)
            {
                Enqueue(dueEvent with { DueAt = _time.GetUtcNow() + _options.RetryDelay }, attempts + 1);
            }
            else
            {
                DeleteIfUnchanged(dueEvent);
            }
        }
        finally
        {
            lock (_pending)
            {
                _firing.Remove(dueEvent.Key);
            }
        }
    }

    private void DeleteIfUnchanged(DueEvent dueEvent)
    {
        lock (_pending)
        {
            // A newer event with the same key was scheduled while this one ran: its file must stay.
            if (_pending.ContainsKey(dueEvent.Key) || _directory is null)
            {
                return;
            }

            File.Delete(PathFor(dueEvent.Key));
        }
    }


    private void Enqueue(DueEvent dueEvent, int attempts)
    {
        lock (_pending)
        {
            var version = ++_version;
            _pending[dueEvent.Key] = (dueEvent, version, attempts);
            _queue.Enqueue((dueEvent.Key, version), dueEvent.DueAt);

            // The loop sleeps until the earliest event; only an earlier one needs to wake it.
            if (dueEvent.DueAt < _wakeAt)
            {
                _wakeAt = dueEvent.DueAt;
                var wake = _wake;
                _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wake.TrySetResult();
            }
        }
    }

    private string PathFor(string key) => Path.Combine(_directory!, StorageKeys.ToFileName(key));
}
