namespace RunnersKnee.LoadTest;

/// <summary>One measured run of one server: the outside view and the server's own counters over the same span.</summary>
public sealed record ServerRun(string Name, LoadResult Load, ServerCounters Counters, long PeakRssBytes)
{
    public double CpuMsPerTurn => Counters.CpuMs / Load.Turns;

    public double AllocatedBytesPerTurn => (double)Counters.AllocatedBytes / Load.Turns;

    public double ReadsPerTurn => (double)Counters.StorageReads / Load.Turns;

    public double WritesPerTurn => (double)Counters.StorageWrites / Load.Turns;
}
