namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// What the queue scheduler asks of its services: calls to the Storage Queue (send, receive, delete, create) and to
/// the state store for its event documents. Counted apart from the turns' own state reads and writes, so the
/// benchmark can show both (<c>/diagnostics/counters</c>).
/// </summary>
public sealed class DueEventCalls
{
    private long _queueCalls;
    private long _queueSends;
    private long _documentReads;
    private long _documentWrites;
    private long _documentDeletes;

    public long QueueCalls => Interlocked.Read(ref _queueCalls);

    /// <summary>Of <see cref="QueueCalls"/>, the messages sent: one per event scheduled (and per week it waits).</summary>
    public long QueueSends => Interlocked.Read(ref _queueSends);

    public long DocumentReads => Interlocked.Read(ref _documentReads);

    public long DocumentWrites => Interlocked.Read(ref _documentWrites);

    public long DocumentDeletes => Interlocked.Read(ref _documentDeletes);

    public void Queue() => Interlocked.Increment(ref _queueCalls);

    public void QueueSend()
    {
        Interlocked.Increment(ref _queueSends);
        Queue();
    }

    public void DocumentRead() => Interlocked.Increment(ref _documentReads);

    public void DocumentWritten() => Interlocked.Increment(ref _documentWrites);

    public void DocumentDeleted() => Interlocked.Increment(ref _documentDeletes);
}
