using RunnersKnee.Bot.Diagnostics;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// Runs a due event as a proactive turn in its conversation, through the bot like any other activity, so the same
/// lock, state, outbox and delivery rules apply. The event travels in the turn state, never in the activity, so an
/// inbound activity cannot pose as one.
/// </summary>
public sealed class DueEventHandler(
    BotAdapter adapter,
    IBot bot,
    DueEventMetrics metrics,
    TimeProvider time,
    ILogger<DueEventHandler> logger) : IDueEventHandler
{
    /// <summary>The turn-state key under which the due event reaches the bot.</summary>
    public const string TurnStateKey = "due-event";

    public async Task HandleAsync(DueEvent dueEvent, CancellationToken cancellationToken)
    {
        var lateness = time.GetUtcNow() - dueEvent.DueAt;
        var result = await adapter.ContinueConversationAsync(
            dueEvent.Reference,
            "due/" + dueEvent.Name,
            null,
            (turn, ct) =>
            {
                turn.TurnState.Set(TurnStateKey, dueEvent);
                return bot.OnTurnAsync(turn, ct);
            },
            cancellationToken);
        if (result.IsShuttingDown)
        {
            throw new DueEventDeferredException(dueEvent.Name);
        }

        metrics.Fired(dueEvent, lateness, succeeded: result.Status < 500);
        if (result.Status >= 500)
        {
            CoachLog.DueEventTurnFailed(logger, dueEvent.Name, result.Status);
            throw new InvalidOperationException($"The {dueEvent.Name} turn failed with {result.Status}; it will be tried again.");
        }
    }
}
