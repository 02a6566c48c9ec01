namespace RunnersKnee.Bot.Scheduling;

/// <summary>The delivery side of a scheduler: hands every event that falls due to the handler until stopped.</summary>
public interface IDueEventSource
{
    Task RunAsync(IDueEventHandler handler, CancellationToken stoppingToken);
}
