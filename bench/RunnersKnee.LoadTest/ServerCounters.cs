namespace RunnersKnee.LoadTest;

/// <summary>The JSON of a server's <c>/diagnostics/counters</c> (the bot's and the floor's have the same shape).</summary>
public sealed record ServerCounters(
    double CpuMs,
    long AllocatedBytes,
    long WorkingSetBytes,
    long PeakWorkingSetBytes,
    long ManagedHeapBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    long StorageReads,
    long StorageWrites,
    long StorageDeletes)
{
    public static ServerCounters operator -(ServerCounters after, ServerCounters before) => new(
        after.CpuMs - before.CpuMs,
        after.AllocatedBytes - before.AllocatedBytes,
        after.WorkingSetBytes,
        after.PeakWorkingSetBytes,
        after.ManagedHeapBytes,
        after.Gen0Collections - before.Gen0Collections,
        after.Gen1Collections - before.Gen1Collections,
        after.Gen2Collections - before.Gen2Collections,
        after.StorageReads - before.StorageReads,
        after.StorageWrites - before.StorageWrites,
        after.StorageDeletes - before.StorageDeletes);
}
