using RunnersKnee.Testing;

namespace RunnersKnee.LoadTest;

/// <summary>
/// The load part: the bot on each store and the floor at the same concurrency, each warmed up and then measured
/// (outside: throughput and latency; inside: the server's CPU, allocations, storage calls; peak RSS from /proc);
/// and the node part: the Node.js SDK bot through the same script.
/// </summary>
public sealed class LoadBench(BenchSettings settings, ServerLauncher launcher, ReplySink sink, TextWriter log)
{
    private readonly Dictionary<(int N, int K), ServerRun> _floors = [];

    public List<TurnRecord>? Template { get; private set; }

    public async Task<List<(ServerRun Bot, ServerRun Floor)>> RunAsync(CancellationToken cancellationToken)
    {
        var runs = new List<(ServerRun, ServerRun)>();
        foreach (var store in settings.Stores)
        {
            var (n, k) = store == "blob" ? (settings.BlobConversations, settings.BlobConcurrency) : (settings.Conversations, settings.Concurrency);
            var bot = await RunBotAsync(store, n, k, cancellationToken);
            var floor = await FloorAsync(n, k, cancellationToken);
            runs.Add((bot, floor));
        }

        return runs;
    }

    public async Task<ServerRun> RunBotAsync(string store, int conversations, int concurrency, CancellationToken cancellationToken)
    {
        await using var azurite = store == "blob" ? await AzuriteServer.StartNewAsync(cancellationToken) : null;
        await using var bot = await launcher.StartBotAsync(store, azurite?.ConnectionString, cancellationToken);
        var (run, transcript) = await MeasureAsync($"bot/{store}", bot, conversations, concurrency, countsAllocations: true, cancellationToken);
        Template ??= transcript;
        return run;
    }

    /// <summary>The Node.js SDK bot (bench/node-sdk-bot) through the same script, warm-up, N and K as ours.</summary>
    public async Task<ServerRun> RunNodeBotAsync(int conversations, int concurrency, CancellationToken cancellationToken)
    {
        await using var node = await launcher.StartNodeBotAsync(cancellationToken);
        var (run, _) = await MeasureAsync("node-sdk", node, conversations, concurrency, countsAllocations: false, cancellationToken);
        return run;
    }

    private async Task<(ServerRun Run, List<TurnRecord> Transcript)> MeasureAsync(
        string name, ServerProcess server, int conversations, int concurrency, bool countsAllocations, CancellationToken cancellationToken)
    {
        var runner = new LoadRunner(sink, server.BaseAddress);
        log.WriteLine($"{name}: pid {server.ProcessId}, warm-up {Math.Min(settings.WarmupConversations, conversations)} conversations");
        var (warmup, transcript) = await runner.RunAsync(Math.Min(settings.WarmupConversations, conversations), Math.Min(concurrency, settings.WarmupConversations), null, cancellationToken);
        if (transcript is null)
        {
            throw new InvalidOperationException($"No warm-up conversation of {name} finished: {string.Join("; ", warmup.Failures)}{Environment.NewLine}{string.Join(Environment.NewLine, server.RecentOutput)}");
        }

        log.WriteLine($"{name}: {conversations} conversations at K={concurrency}");
        var before = await server.CountersAsync(collect: false, cancellationToken);
        var (result, _) = await runner.RunAsync(conversations, concurrency, null, cancellationToken);
        var after = await server.CountersAsync(collect: false, cancellationToken);
        var run = new ServerRun(name, result, after - before, server.PeakRssBytes(), countsAllocations);
        Report.Print(log, run);
        var (anonymous, files) = server.RssSplit();
        log.WriteLine($"    after the run: {(countsAllocations ? "managed" : "JS")} heap {Report.Mb(after.ManagedHeapBytes)}, RSS {Report.Mb(anonymous)} anonymous + {Report.Mb(files)} mapped files");
        if (result.FailedConversations > 0)
        {
            log.WriteLine(string.Join(Environment.NewLine, result.Failures.Concat(server.RecentOutput)));
        }

        return (run, transcript);
    }

    public async Task<ServerRun> FloorAsync(int conversations, int concurrency, CancellationToken cancellationToken)
    {
        if (_floors.TryGetValue((conversations, concurrency), out var known))
        {
            return known;
        }

        var template = Template ?? throw new InvalidOperationException("The floor replays a bot conversation: run the bot first.");
        await using var floor = await launcher.StartFloorAsync(cancellationToken);
        var runner = new LoadRunner(sink, floor.BaseAddress);
        log.WriteLine($"floor: warm-up, then {conversations} conversations at K={concurrency}");
        await runner.RunAsync(Math.Min(settings.WarmupConversations, conversations), Math.Min(concurrency, settings.WarmupConversations), template, cancellationToken);
        var before = await floor.CountersAsync(collect: false, cancellationToken);
        var (result, _) = await runner.RunAsync(conversations, concurrency, template, cancellationToken);
        var after = await floor.CountersAsync(collect: false, cancellationToken);
        var run = new ServerRun("floor", result, after - before, floor.PeakRssBytes());
        Report.Print(log, run);
        var (anonymous, files) = floor.RssSplit();
        log.WriteLine($"    after the run: managed heap {Report.Mb(after.ManagedHeapBytes)}, RSS {Report.Mb(anonymous)} anonymous + {Report.Mb(files)} mapped files");
        _floors[(conversations, concurrency)] = run;
        return run;
    }
}
