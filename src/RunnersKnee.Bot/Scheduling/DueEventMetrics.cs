using System.Diagnostics.Metrics;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// Meter <see cref="MeterName"/>: <c>due_events.fired</c> (by event name and outcome) and
/// <c>due_events.lateness</c>, how long after its due time an event ran, the number a person feels as a rest timer
/// that overran.
/// </summary>
public sealed class DueEventMetrics : IDisposable
{
    public const string MeterName = "RunnersKnee.Timers";

    private readonly Meter _meter;
    private readonly Counter<long> _fired;
    private readonly Histogram<double> _lateness;

    public DueEventMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _fired = _meter.CreateCounter<long>("due_events.fired", description: "Due events run as proactive turns");
        _lateness = _meter.CreateHistogram<double>("due_events.lateness", unit: "s", description: "Time between an event's due time and its turn");
    }

    public void Fired(DueEvent dueEvent, TimeSpan lateness, bool succeeded)
    {
        var name = new KeyValuePair<string, object?>("due_event.name", dueEvent.Name);
        _fired.Add(1, name, new KeyValuePair<string, object?>("due_event.outcome", succeeded ? "ok" : "failed"));
        _lateness.Record(Math.Max(0, lateness.TotalSeconds), name);
    }

    public void Dispose() => _meter.Dispose();
}
