using System.Collections.Concurrent;
using RunnersKnee.Bot.Scheduling;

namespace RunnersKnee.Bot.Tests.Integration.Scheduling;

/// <summary>Stands in for the app's handler: records every delivery (and when), and fails the first <c>failures</c> of them.</summary>
public sealed class RecordingDueEventHandler(int failures = 0) : IDueEventHandler
{
    private int _failuresLeft = failures;

    /// <summary>Every call, failed or not, in order.</summary>
    public ConcurrentQueue<(DueEvent Event, DateTimeOffset At, bool Failed)> Calls { get; } = new();

    public IEnumerable<DueEvent> Delivered => Calls.Where(c => !c.Failed).Select(c => c.Event);

    public Task HandleAsync(DueEvent dueEvent, CancellationToken cancellationToken)
    {
        var fail = Interlocked.Decrement(ref _failuresLeft) >= 0;
        Calls.Enqueue((dueEvent, TimeProvider.System.GetUtcNow(), fail));
        return fail ? throw new InvalidOperationException("The handler failed (scripted).") : Task.CompletedTask;
    }
}
