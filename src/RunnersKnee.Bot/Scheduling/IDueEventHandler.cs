namespace RunnersKnee.Bot.Scheduling;

/// <summary>Acts on a due event (runs a proactive turn in its conversation).</summary>
public interface IDueEventHandler
{
    Task HandleAsync(DueEvent dueEvent, CancellationToken cancellationToken);
}
