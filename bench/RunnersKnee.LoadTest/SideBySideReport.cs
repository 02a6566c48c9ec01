using System.Globalization;
using System.Text;

namespace RunnersKnee.LoadTest;

/// <summary>
/// Our bot (memory store) beside the Node.js Bot Framework SDK bot at the same K: the cost and the work,
/// so a reader sees both the ratio the issue asks for and that the two answered a comparable conversation.
/// </summary>
public static class SideBySideReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Node's CPU per turn over ours: how many times less CPU a turn of ours costs (the issue's target is ≥ 4).</summary>
    public static double CpuRatio(ServerRun bot, ServerRun node) => node.CpuMsPerTurn / bot.CpuMsPerTurn;

    public static string Table(ServerRun bot, ServerRun node)
    {
        var text = new StringBuilder()
            .AppendLine(string.Create(Invariant, $"| | {bot.Name} | {node.Name} | {node.Name} ÷ {bot.Name} |"))
            .AppendLine("|---|---:|---:|---:|");
        Row(text, "CPU ms/turn", bot.CpuMsPerTurn, node.CpuMsPerTurn, "0.000");
        Row(text, "p50 ms", bot.Load.Latency.P50, node.Load.Latency.P50, "0.00");
        Row(text, "p99 ms", bot.Load.Latency.P99, node.Load.Latency.P99, "0.00");
        Row(text, "turns/s", bot.Load.TurnsPerSecond, node.Load.TurnsPerSecond, "0");
        Row(text, "peak RSS MB", bot.PeakRssBytes / 1048576.0, node.PeakRssBytes / 1048576.0, "0.0");
        Row(text, "turns/conversation", bot.Load.TurnsPerConversation, node.Load.TurnsPerConversation, "0.0");
        Row(text, "replies/turn", bot.Load.RepliesPerTurn, node.Load.RepliesPerTurn, "0.00");
        Row(text, "bytes/reply", bot.Load.BytesPerReply, node.Load.BytesPerReply, "0");
        Row(text, "CPU ms/reply", bot.Counters.CpuMs / bot.Load.Replies, node.Counters.CpuMs / node.Load.Replies, "0.000");
        text.AppendLine(string.Create(Invariant, $"| alloc KB/turn | {Report.AllocKb(bot)} | {Report.AllocKb(node)} | – |"))
            .AppendLine(string.Create(Invariant, $"| failed conversations | {bot.Load.FailedConversations} | {node.Load.FailedConversations} | |"))
            .AppendLine()
            .AppendLine(string.Create(Invariant,
                $"Node CPU/turn ÷ {bot.Name} CPU/turn: **{CpuRatio(bot, node):0.00}×** (issue 21's target: ≥ 4). K={bot.Load.Concurrency} for both; N={bot.Load.Conversations} for {bot.Name}, {node.Load.Conversations} for {node.Name}, each after its warm-up."));
        return text.ToString();
    }

    private static void Row(StringBuilder text, string what, double bot, double node, string format) =>
        text.AppendLine(string.Create(Invariant,
            $"| {what} | {bot.ToString(format, Invariant)} | {node.ToString(format, Invariant)} | {(bot == 0 ? "–" : (node / bot).ToString("0.00", Invariant) + "×")} |"));
}
