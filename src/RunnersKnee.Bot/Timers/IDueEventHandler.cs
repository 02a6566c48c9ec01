namespace RunnersKnee.Bot.Timers;

/// <summary>Acts on a due event (runs a proactive turn in its conversation).</summary>
public interface IDueEventHandler
{
    Task HandleAsync(DueEvent dueEvent, CancellationToken cancellationToken);
}
