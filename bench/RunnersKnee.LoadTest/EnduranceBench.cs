namespace RunnersKnee.LoadTest;

/// <summary>
/// One bot process, several rounds of conversations: after each round a full collection, then the managed heap
/// and RSS. A heap that keeps growing from round to round on a store that keeps nothing in memory is a leak.
/// </summary>
public sealed class EnduranceBench(ServerLauncher launcher, ReplySink sink, TextWriter log)
{
    public async Task<List<EnduranceRound>> RunAsync(string store, int rounds, int conversations, int concurrency, CancellationToken cancellationToken)
    {
        await using var bot = await launcher.StartBotAsync(store, null, cancellationToken);
        var runner = new LoadRunner(sink, bot.BaseAddress);
        var results = new List<EnduranceRound>();
        for (var round = 1; round <= rounds; round++)
        {
            var before = await bot.CountersAsync(collect: false, cancellationToken);
            var (result, _) = await runner.RunAsync(conversations, concurrency, null, cancellationToken);
            var after = await bot.CountersAsync(collect: true, cancellationToken);
            var run = new ServerRun($"bot/{store} round {round}", result, after - before, bot.PeakRssBytes());
            var entry = new EnduranceRound(round, round * conversations, run, after.ManagedHeapBytes, bot.RssBytes(), bot.PeakRssBytes());
            log.WriteLine($"  round {round}: {result.Turns} turns, {result.FailedConversations} failed, heap after GC {Report.Mb(entry.ManagedHeapAfterGcBytes)}, RSS {Report.Mb(entry.RssAfterGcBytes)}, peak RSS {Report.Mb(entry.PeakRssBytes)}");
            results.Add(entry);
        }

        return results;
    }
}
