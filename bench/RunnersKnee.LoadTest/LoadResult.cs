namespace RunnersKnee.LoadTest;

/// <summary>What one load run measured from the outside: turns, time, latencies, errors.</summary>
public sealed record LoadResult(
    int Conversations,
    int Concurrency,
    int FailedConversations,
    long Turns,
    long Replies,
    long ReplyBytes,
    TimeSpan Elapsed,
    LatencyStats Latency,
    IReadOnlyList<string> Failures)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double TurnsPerConversation => (double)Turns / Conversations;

    public double RepliesPerTurn => (double)Replies / Turns;

    public double BytesPerReply => Replies == 0 ? 0 : (double)ReplyBytes / Replies;
}
