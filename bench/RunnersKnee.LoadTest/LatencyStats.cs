using System.Diagnostics;

namespace RunnersKnee.LoadTest;

/// <summary>Percentiles of a set of durations (nearest rank), in milliseconds.</summary>
public sealed record LatencyStats(double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencyStats FromTicks(List<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0);
        }

        ticks.Sort();
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        double At(double p) => Ms(ticks[Math.Clamp((int)Math.Ceiling(p * ticks.Count) - 1, 0, ticks.Count - 1)]);
        return new LatencyStats(At(0.50), At(0.95), At(0.99), Ms(ticks[^1]), ticks.Average(t => Ms(t)));
    }

    public static LatencyStats FromMilliseconds(List<double> values)
    {
        if (values.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0);
        }

        values.Sort();
        double At(double p) => values[Math.Clamp((int)Math.Ceiling(p * values.Count) - 1, 0, values.Count - 1)];
        return new LatencyStats(At(0.50), At(0.95), At(0.99), values[^1], values.Average());
    }
}
