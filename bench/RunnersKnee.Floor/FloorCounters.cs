using System.Diagnostics;
using System.Net;

namespace RunnersKnee.Floor;

/// <summary>The same counters as the bot's <c>/diagnostics/counters</c> (no storage here), loopback callers only.</summary>
public static class FloorCounters
{
    public static IResult Read(HttpContext http, bool? collect)
    {
        if (http.Connection.RemoteIpAddress is not { } caller || !IPAddress.IsLoopback(caller))
        {
            return Results.NotFound();
        }

        if (collect == true)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return Results.Ok(new
        {
            cpuMs = process.TotalProcessorTime.TotalMilliseconds,
            allocatedBytes = GC.GetTotalAllocatedBytes(precise: true),
            workingSetBytes = process.WorkingSet64,
            peakWorkingSetBytes = process.PeakWorkingSet64,
            managedHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
            gen0Collections = GC.CollectionCount(0),
            gen1Collections = GC.CollectionCount(1),
            gen2Collections = GC.CollectionCount(2),
            storageReads = 0L,
            storageWrites = 0L,
            storageDeletes = 0L,
        });
    }
}
