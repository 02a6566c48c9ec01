namespace RunnersKnee.LoadTest;

/// <summary>What one load run measured from the outside: turns, time, latencies, errors.</summary>
public sealed record LoadResult(
    int Conversations,
    int Concurrency,
    int FailedConversations,
    long Turns,
    long Replies,
    TimeSpan Elapsed,
    LatencyStats Latency,
    IReadOnlyList<string> Failures)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;
}
