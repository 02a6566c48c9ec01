using System.Globalization;
using System.Text;

namespace RunnersKnee.LoadTest;

/// <summary>Formats results: one line per run on the console, and the markdown report under bench/results/.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Mb(long bytes) => string.Create(Invariant, $"{bytes / 1048576.0:0.0} MB");

    /// <summary>Allocated KB per turn, or "–" for a server that cannot count them.</summary>
    public static string AllocKb(ServerRun run) =>
        run.CountsAllocations ? string.Create(Invariant, $"{run.AllocatedBytesPerTurn / 1024:0.0}") : "–";

    public static void Print(TextWriter log, ServerRun run)
    {
        var l = run.Load;
        log.WriteLine(string.Create(Invariant,
            $"  {run.Name,-12} {l.Turns,8} turns {l.TurnsPerSecond,7:0} turns/s  p50 {l.Latency.P50,6:0.00} p95 {l.Latency.P95,6:0.00} p99 {l.Latency.P99,6:0.00} max {l.Latency.Max,7:0.0} ms  " +
            $"CPU {run.CpuMsPerTurn:0.000} ms/turn  alloc {AllocKb(run)} KB/turn  replies {l.RepliesPerTurn:0.00}/turn {l.BytesPerReply:0} B/reply  R/W {run.ReadsPerTurn:0.00}/{run.WritesPerTurn:0.00} per turn  timers {run.TimerCallsPerTurn:0.00} (queue {run.QueueCallsPerTurn:0.00}) per turn  peak RSS {Mb(run.PeakRssBytes)}  errors {l.FailedConversations}"));
    }

    public static string LoadTable(IEnumerable<ServerRun> runs)
    {
        var text = new StringBuilder()
            .AppendLine("| server | N | K | turns | turns/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms/turn | alloc KB/turn | state reads/turn | state writes/turn | timer calls/turn (queue) | peak RSS | failed conv. |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var l = run.Load;
            text.AppendLine(string.Create(Invariant,
                $"| {run.Name} | {l.Conversations} | {l.Concurrency} | {l.Turns} | {l.TurnsPerSecond:0} | {l.Latency.P50:0.00} | {l.Latency.P95:0.00} | {l.Latency.P99:0.00} | {l.Latency.Max:0.0} | " +
                $"{run.CpuMsPerTurn:0.000} | {AllocKb(run)} | {run.ReadsPerTurn:0.00} | {run.WritesPerTurn:0.00} | {run.TimerCallsPerTurn:0.00} ({run.QueueCallsPerTurn:0.00}) | {Mb(run.PeakRssBytes)} | {l.FailedConversations} |"));
        }

        return text.ToString();
    }

    public static string RatioTable(IEnumerable<(ServerRun Bot, ServerRun Floor)> pairs)
    {
        var text = new StringBuilder()
            .AppendLine("| bot | K | CPU/turn × floor | alloc/turn × floor | p50 × floor | p99 × floor | turns/s × floor |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (bot, floor) in pairs)
        {
            text.AppendLine(string.Create(Invariant,
                $"| {bot.Name} | {bot.Load.Concurrency} | {bot.CpuMsPerTurn / floor.CpuMsPerTurn:0.00} | {bot.AllocatedBytesPerTurn / floor.AllocatedBytesPerTurn:0.00} | " +
                $"{bot.Load.Latency.P50 / floor.Load.Latency.P50:0.00} | {bot.Load.Latency.P99 / floor.Load.Latency.P99:0.00} | {bot.Load.TurnsPerSecond / floor.Load.TurnsPerSecond:0.00} |"));
        }

        return text.ToString();
    }

    public static string EnduranceTable(IEnumerable<EnduranceRound> rounds)
    {
        var text = new StringBuilder()
            .AppendLine("| round | conversations so far | turns | turns/s | p99 ms | CPU ms/turn | heap after full GC | RSS after full GC | peak RSS | failed conv. |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rounds)
        {
            text.AppendLine(string.Create(Invariant,
                $"| {r.Round} | {r.ConversationsSoFar} | {r.Run.Load.Turns} | {r.Run.Load.TurnsPerSecond:0} | {r.Run.Load.Latency.P99:0.00} | {r.Run.CpuMsPerTurn:0.000} | " +
                $"{Mb(r.ManagedHeapAfterGcBytes)} | {Mb(r.RssAfterGcBytes)} | {Mb(r.PeakRssBytes)} | {r.Run.Load.FailedConversations} |"));
        }

        return text.ToString();
    }

    public static string TimerTable(IEnumerable<TimerResult> results)
    {
        var text = new StringBuilder()
            .AppendLine("| workouts | model | measured | due events | events/s | lateness p50 | p95 | p99 | max | floor p50 / p99 | CPU | CPU per event | peak RSS |")
            .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var t in results)
        {
            text.AppendLine(string.Create(Invariant,
                $"| {t.Workouts} | {t.Model} | {t.Duration.TotalSeconds:0} s | {t.Events} | {t.EventsPerSecond:0} | {t.Lateness.P50:0.00} ms | {t.Lateness.P95:0.00} ms | {t.Lateness.P99:0.00} ms | {t.Lateness.Max:0.0} ms | " +
                $"{t.SleepFloor.P50:0.00} / {t.SleepFloor.P99:0.00} ms | {t.CpuCoreShare * 100:0.0}% of a core | {t.CpuMicrosecondsPerEvent:0.0} µs | {Mb(t.PeakRssBytes)} |"));
        }

        return text.ToString();
    }
}
