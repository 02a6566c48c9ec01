using System.Diagnostics;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>One turn being measured: its span (if anyone listens) and its start. Ending it records the outcome once.</summary>
public sealed class TurnMeasurement(TurnTelemetry telemetry, Activity? span, string? channel, string? activityType, long startedAt) : IDisposable
{
    private string _outcome = TurnOutcomes.Failed;
    private int _attempts = 1;
    private bool _ended;

    internal string? Channel { get; } = channel;

    internal string? ActivityType { get; } = activityType;

    internal long StartedAt { get; } = startedAt;

    public void Retried()
    {
        _attempts++;
        telemetry.RecordRetry(this);
    }

    public void DeliveryFailed(Exception exception)
    {
        telemetry.RecordDeliveryFailure(this);
        span?.AddEvent(new ActivityEvent("bot.delivery.failed", tags: new ActivityTagsCollection { ["exception.type"] = exception.GetType().FullName }));
    }

    /// <summary>Names how the turn ended (<see cref="TurnOutcomes"/>); the last call before disposal wins.</summary>
    public void Ended(string outcome) => _outcome = outcome;

    public void Dispose()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        telemetry.RecordEnd(this, _outcome);
        if (span is not null)
        {
            span.SetTag("bot.turn.outcome", _outcome);
            span.SetTag("bot.turn.attempts", _attempts);
            if (_outcome != TurnOutcomes.Ok)
            {
                span.SetStatus(ActivityStatusCode.Error, _outcome);
            }

            span.Dispose();
        }
    }
}
