namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// Owns delivery: runs the scheduler's source with the handler. Turns only write events (<see cref="IDueEventScheduler"/>);
/// the handler runs turns that write events; this pump is the one place that knows both, so nothing needs a
/// service locator to break a cycle.
/// </summary>
public sealed class DueEventPump(IDueEventSource source, IDueEventHandler handler) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => source.RunAsync(handler, stoppingToken);
}
