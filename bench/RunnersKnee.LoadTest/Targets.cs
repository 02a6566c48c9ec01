using System.Globalization;
using System.Text;

namespace RunnersKnee.LoadTest;

/// <summary>The targets of the benchmark issue, checked against what was measured (met or missed, with the number).</summary>
public sealed class Targets
{
    private readonly List<(string Target, string Measured, bool Met)> _checks = [];

    public bool AllMet => _checks.TrueForAll(c => c.Met);

    public void Check(string target, double measured, double limit, string unit)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{measured:0.###} {unit}").Trim();
        _checks.Add((target, text, measured <= limit));
    }

    public void Load(IEnumerable<(ServerRun Bot, ServerRun Floor)> pairs)
    {
        foreach (var (bot, floor) in pairs)
        {
            if (bot.Name == "bot/memory")
            {
                Check("Bot CPU per turn, memory store ≤ 0.2 ms", bot.CpuMsPerTurn, 0.2, "ms");
                Check("Bot CPU per turn, memory store ≤ 3× the floor", bot.CpuMsPerTurn / floor.CpuMsPerTurn, 3, "×");
                if (bot.Load.Concurrency == 64)
                {
                    Check("p99 at K=64 ≤ 2× the floor's p99", bot.Load.Latency.P99 / floor.Load.Latency.P99, 2, "×");
                    Issue21(bot, floor);
                }
            }

            if (bot.Name == "bot/file" && bot.Load.Concurrency == 64)
            {
                Check("Issue 21: bot/file CPU per turn ≤ 2.5× the floor", bot.CpuMsPerTurn / floor.CpuMsPerTurn, 2.5, "×");
            }

            Check($"{bot.Name}: storage reads per turn ≤ 1", bot.ReadsPerTurn, 1, string.Empty);
            Check($"{bot.Name}: storage writes per turn ≤ 1", bot.WritesPerTurn, 1, string.Empty);
            Check($"{bot.Name}: failed conversations = 0", bot.Load.FailedConversations, 0, string.Empty);
        }
    }

    /// <summary>Issue 21's targets for the memory store at K=64, each against the floor of the same run.</summary>
    private void Issue21(ServerRun bot, ServerRun floor)
    {
        Check("Issue 21: CPU per turn ≤ 1.5× the floor", bot.CpuMsPerTurn / floor.CpuMsPerTurn, 1.5, "×");
        Check("Issue 21: allocations per turn ≤ 3× the floor", bot.AllocatedBytesPerTurn / floor.AllocatedBytesPerTurn, 3, "×");
        CheckAtLeast("Issue 21: turns/s ≥ 0.6× the floor", bot.Load.TurnsPerSecond / floor.Load.TurnsPerSecond, 0.6, "×");
        Check("Issue 21: peak RSS ≤ the floor's + 20 MB", (bot.PeakRssBytes - floor.PeakRssBytes) / 1048576.0, 20, "MB more");
    }

    /// <summary>At least <paramref name="limit"/>: a ratio where more is better.</summary>
    public void CheckAtLeast(string target, double measured, double limit, string unit)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{measured:0.###} {unit}").Trim();
        _checks.Add((target, text, measured >= limit));
    }

    /// <summary>Issue 21's side-by-side check: the Node.js SDK bot's CPU per turn over bot/memory's, same K.</summary>
    public void SideBySide(ServerRun bot, ServerRun node)
    {
        CheckAtLeast("≥ 4× less CPU per turn than the Node.js SDK bot (its CPU/turn ÷ bot/memory's)", SideBySideReport.CpuRatio(bot, node), 4, "×");
        Check($"{node.Name}: failed conversations = 0", node.Load.FailedConversations, 0, string.Empty);
    }

    public void Endurance(string what, IReadOnlyList<EnduranceRound> rounds, bool leakCheck)
    {
        if (rounds.Count == 0)
        {
            return;
        }

        Check($"{what}: peak RSS after {rounds[^1].ConversationsSoFar} conversations ≤ 120 MB", rounds[^1].PeakRssBytes / 1048576.0, 120, "MB");
        if (leakCheck && rounds.Count >= 3)
        {
            // Round 1 warms caches and pools; from round 2 on, the heap after a full collection must stay flat.
            // The growth is the least-squares line through those rounds, so one noisy round does not decide.
            var later = rounds.Skip(1).ToList();
            var meanX = later.Average(r => (double)r.ConversationsSoFar);
            var meanY = later.Average(r => r.ManagedHeapAfterGcBytes / 1048576.0);
            var slope = later.Sum(r => (r.ConversationsSoFar - meanX) * ((r.ManagedHeapAfterGcBytes / 1048576.0) - meanY))
                / later.Sum(r => Math.Pow(r.ConversationsSoFar - meanX, 2));
            var growth = slope * (later[^1].ConversationsSoFar - later[0].ConversationsSoFar);
            Check($"{what}: heap growth after full GC, rounds 2–{rounds.Count} (fitted) ≤ 2 MB", growth, 2, "MB");
        }
    }

    public void Timers(TimerResult timers) =>
        Check($"Timer lateness p99 at {timers.Workouts} concurrent workouts ≤ 20 ms", timers.Lateness.P99, 20, "ms");

    public string Table()
    {
        var text = new StringBuilder().AppendLine("| target | measured | |").AppendLine("|---|---:|---|");
        foreach (var (target, measured, met) in _checks)
        {
            text.AppendLine($"| {target} | {measured} | {(met ? "met" : "**missed**")} |");
        }

        return text.ToString();
    }
}
