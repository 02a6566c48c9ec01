namespace RunnersKnee.LoadTest;

/// <summary>
/// One measured run of one server: the outside view and the server's own counters over the same span. A server
/// that cannot count its allocations (Node.js) reports none: <see cref="CountsAllocations"/> false.
/// </summary>
public sealed record ServerRun(string Name, LoadResult Load, ServerCounters Counters, long PeakRssBytes, bool CountsAllocations = true)
{
    public double CpuMsPerTurn => Counters.CpuMs / Load.Turns;

    public double AllocatedBytesPerTurn => (double)Counters.AllocatedBytes / Load.Turns;

    /// <summary>The turns' own state reads: every storage read less the queue scheduler's event documents.</summary>
    public double ReadsPerTurn => (double)(Counters.StorageReads - Counters.DueEventDocumentReads) / Load.Turns;

    /// <summary>The turns' own state writes: every storage write less the queue scheduler's event documents.</summary>
    public double WritesPerTurn => (double)(Counters.StorageWrites - Counters.DueEventDocumentWrites) / Load.Turns;

    /// <summary>The queue scheduler's calls per turn: to the Storage Queue, and for its event documents.</summary>
    public double TimerCallsPerTurn =>
        (double)(Counters.QueueCalls + Counters.DueEventDocumentReads + Counters.DueEventDocumentWrites + Counters.DueEventDocumentDeletes) / Load.Turns;

    public double QueueCallsPerTurn => (double)Counters.QueueCalls / Load.Turns;
}
