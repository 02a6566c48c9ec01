using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/counters</c> for the load benchmark (bench/): the bot's own CPU, allocation, memory and
/// storage counters, so its cost per turn is measured inside the process rather than guessed from outside.
/// Mapped only when <c>Diagnostics:Enabled</c> is true, and answers only callers on the loopback interface.
/// <c>?collect=true</c> runs a full, compacting collection first, so a leak shows as a heap that keeps growing.
/// </summary>
public static class DiagnosticsEndpoints
{
    public static IEndpointRouteBuilder MapDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.Enabled)
        {
            endpoints.MapGet("/diagnostics/counters", Read);
        }

        return endpoints;
    }

    private static IResult Read(HttpContext http, StorageMetrics storage, DueEventCalls dueEvents, bool? collect)
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
        return Results.Ok(new ProcessCounters(
            process.TotalProcessorTime.TotalMilliseconds,
            GC.GetTotalAllocatedBytes(precise: true),
            process.WorkingSet64,
            process.PeakWorkingSet64,
            GC.GetTotalMemory(forceFullCollection: false),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            storage.Reads,
            storage.Writes,
            storage.Deletes,
            dueEvents.DocumentReads,
            dueEvents.DocumentWrites,
            dueEvents.DocumentDeletes,
            dueEvents.QueueCalls));
    }
}
