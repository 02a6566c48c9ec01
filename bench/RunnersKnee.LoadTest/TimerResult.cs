namespace RunnersKnee.LoadTest;

/// <summary>What the timer benchmark measured: how late due events fired, how many, and the CPU it took.</summary>
public sealed record TimerResult(int Workouts, string Model, TimeSpan Duration, long Events, LatencyStats Lateness, LatencyStats SleepFloor, double CpuMs, long PeakRssBytes)
{
    public double EventsPerSecond => Events / Duration.TotalSeconds;

    public double CpuMicrosecondsPerEvent => CpuMs * 1000 / Math.Max(1, Events);

    /// <summary>CPU used as a share of one core.</summary>
    public double CpuCoreShare => CpuMs / Duration.TotalMilliseconds;
}
