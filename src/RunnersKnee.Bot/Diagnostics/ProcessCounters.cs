namespace RunnersKnee.Bot.Diagnostics;

/// <summary>
/// What the process has used so far, read from the process itself: CPU time (user + system), bytes allocated
/// by all threads, memory now and at peak, garbage collections, calls to state storage (all of them), and of those
/// and apart, the queue scheduler's: its event documents in the same storage and its calls to the Storage Queue.
/// </summary>
public sealed record ProcessCounters(
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
    long DueEventDocumentReads,
    long DueEventDocumentWrites,
    long DueEventDocumentDeletes,
    long QueueCalls);
