using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// What operators see of turns: one span per turn (<see cref="SourceName"/>, <c>bot.turn</c>) with the channel,
/// activity type, outcome and attempts, and the metrics <c>bot.turns</c>, <c>bot.turn.duration</c>,
/// <c>bot.turn.retries</c> and <c>bot.delivery.failures</c> (meter <see cref="MeterName"/>). Never the text of a
/// message; ids only hashed. With no listener (no exporter configured) each call costs next to nothing.
/// </summary>
public sealed class TurnTelemetry : IDisposable
{
    public const string SourceName = "RunnersKnee.BotFramework";

    public const string MeterName = "RunnersKnee.BotFramework";

    private static readonly ActivitySource Source = new(SourceName);

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _deliveryFailures;

    public TurnTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _turns = _meter.CreateCounter<long>("bot.turns", description: "Turns taken, by channel, activity type and outcome");
        _duration = _meter.CreateHistogram<double>("bot.turn.duration", unit: "s", description: "Time from a turn's start to its replies delivered");
        _retries = _meter.CreateCounter<long>("bot.turn.retries", description: "Turns run again on fresh state after losing a state-write race");
        _deliveryFailures = _meter.CreateCounter<long>("bot.delivery.failures", description: "Turns whose replies could not all be delivered");
    }

    /// <summary>Starts the turn's span (null when nobody listens) and its clock.</summary>
    public TurnMeasurement Start(Schema.Activity activity)
    {
        var span = Source.StartActivity("bot.turn", ActivityKind.Internal);
        var channel = LogText.Of(activity.ChannelId);
        var type = LogText.Of(activity.Type);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag("bot.channel", channel);
            span.SetTag("bot.activity.type", type);
            span.SetTag("bot.conversation.hash", LogHash.Of(activity.Conversation?.Id));
        }

        return new TurnMeasurement(this, span, channel, type, Stopwatch.GetTimestamp());
    }

    internal void RecordRetry(TurnMeasurement turn) =>
        _retries.Add(1, new KeyValuePair<string, object?>("bot.channel", turn.Channel));

    internal void RecordDeliveryFailure(TurnMeasurement turn) =>
        _deliveryFailures.Add(1, new KeyValuePair<string, object?>("bot.channel", turn.Channel));

    internal void RecordEnd(TurnMeasurement turn, string outcome)
    {
        var tags = new TagList
        {
            { "bot.channel", turn.Channel },
            { "bot.activity.type", turn.ActivityType },
            { "bot.turn.outcome", outcome },
        };
        _turns.Add(1, tags);
        _duration.Record(Stopwatch.GetElapsedTime(turn.StartedAt).TotalSeconds, tags);
    }

    public void Dispose() => _meter.Dispose();
}
