namespace RunnersKnee.LoadTest;

/// <summary>
/// The JSON of a server's <c>/diagnostics/counters</c> (the floor's lacks the due-event fields: zero). Storage calls
/// are all of them; the due-event ones are the queue scheduler's event documents, counted in them too.
/// </summary>
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
    long StorageDeletes,
    long DueEventDocumentReads = 0,
    long DueEventDocumentWrites = 0,
    long DueEventDocumentDeletes = 0,
    long QueueCalls = 0)
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
        after.StorageDeletes - before.StorageDeletes,
        after.DueEventDocumentReads - before.DueEventDocumentReads,
        after.DueEventDocumentWrites - before.DueEventDocumentWrites,
        after.DueEventDocumentDeletes - before.DueEventDocumentDeletes,
        after.QueueCalls - before.QueueCalls);
}
