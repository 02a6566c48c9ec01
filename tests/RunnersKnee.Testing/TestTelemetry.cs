using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Testing;

/// <summary>Turn telemetry for an adapter built by hand in a test: real instruments nobody listens to.</summary>
public static class TestTelemetry
{
    private static readonly IMeterFactory Meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    public static TurnTelemetry Turns() => new(Meters);
}
