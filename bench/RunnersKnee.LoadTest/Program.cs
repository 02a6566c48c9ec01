using System.Globalization;
using System.Text;
using RunnersKnee.LoadTest;
using RunnersKnee.Testing;

var settings = BenchSettings.Parse(args);
var log = Console.Out;
var root = RepositoryRoot.Path;
var launcher = new ServerLauncher(root, settings.Configuration);
var started = TimeProvider.System.GetUtcNow();
var loadBefore = MachineInfo.LoadAverage();
var commit = MachineInfo.GitCommit(root);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var report = new StringBuilder();
var targets = new Targets();
var failedConversations = 0;
log.WriteLine($"machine: {MachineInfo.Describe()}; load average {loadBefore}");
await using (var sink = await ReplySink.StartAsync())
{
    var load = new LoadBench(settings, launcher, sink, log);
    var pairs = settings.Parts.Contains("load") ? await load.RunAsync(cancel.Token) : [];
    targets.Load(pairs);
    failedConversations += pairs.Sum(p => p.Bot.Load.FailedConversations);
    ServerRun? node = null;
    ServerRun? ours = null;
    if (settings.Parts.Contains("node"))
    {
        // Beside bot/memory at the same K (fewer conversations: it answers a tenth as fast): the load part's run when it made one, else one of its own.
        var fromLoad = pairs.Select(p => p.Bot).FirstOrDefault(b => b.Name == "bot/memory");
        ours = fromLoad ?? await load.RunBotAsync("memory", settings.Conversations, settings.Concurrency, cancel.Token);
        node = await load.RunNodeBotAsync(settings.NodeConversations, settings.Concurrency, cancel.Token);
        targets.SideBySide(ours, node);
        failedConversations += node.Load.FailedConversations + (fromLoad is null ? ours.Load.FailedConversations : 0);
    }

    if (pairs.Count > 0)
    {
        var rows = pairs.SelectMany(p => new[] { p.Bot, p.Floor }).Concat(node is null ? [] : [node]);
        report.AppendLine(node is null ? "## Load: the bot on each store, and the floor" : "## Load: the bot on each store, the floor, and the Node.js SDK bot")
            .AppendLine()
            .AppendLine(Report.LoadTable(rows.DistinctBy(r => (r.Name, r.Load.Conversations, r.Load.Concurrency))))
            .AppendLine("The bot as a multiple of the floor at the same N and K (CPU and allocations from each process's own counters):")
            .AppendLine()
            .AppendLine(Report.RatioTable(pairs));
    }

    if (node is not null && ours is not null)
    {
        report.AppendLine("## Side by side: the Node.js Bot Framework SDK bot (bench/node-sdk-bot)")
            .AppendLine()
            .AppendLine(SideBySideReport.Table(ours, node));
        log.WriteLine(SideBySideReport.Table(ours, node));
    }

    if (load.Template is { } template)
    {
        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"One scripted conversation is {template.Count} turns and {template.Sum(t => t.Replies)} replies ({template.Count(t => t.Value is not null)} card clicks, {template.Count(t => t.Text is not null)} typed messages)."))
            .AppendLine();
    }

    var endurance = new EnduranceBench(launcher, sink, log);
    if (settings.Parts.Contains("leak"))
    {
        log.WriteLine($"leak: bot/file, {settings.LeakRounds} rounds of {settings.LeakConversations} conversations at K={settings.Concurrency}");
        var rounds = await endurance.RunAsync("file", settings.LeakRounds, settings.LeakConversations, settings.Concurrency, cancel.Token);
        targets.Endurance("bot/file, repeated runs", rounds, leakCheck: true);
        report.AppendLine($"## Repeated runs on one bot process (file store): memory after each round")
            .AppendLine()
            .AppendLine(Report.EnduranceTable(rounds));
    }

    if (settings.Parts.Contains("soak"))
    {
        foreach (var store in settings.Stores.Where(s => s != "blob"))
        {
            log.WriteLine($"soak: bot/{store}, {settings.SoakConversations} conversations at K={settings.Concurrency}");
            var rounds = await endurance.RunAsync(store, 1, settings.SoakConversations, settings.Concurrency, cancel.Token);
            targets.Endurance($"bot/{store}", rounds, leakCheck: false);
            report.AppendLine($"## {settings.SoakConversations} conversations on one bot process ({store} store)")
                .AppendLine()
                .AppendLine(Report.EnduranceTable(rounds));
        }
    }
}

if (settings.Parts.Contains("timers"))
{
    report.AppendLine("## Timers: the embedded scheduler with concurrent workouts").AppendLine();
    var results = new List<TimerResult>();
    foreach (var model in settings.TimerModels)
    {
        var timers = await new TimerBench(log).RunAsync(settings.TimerWorkouts, settings.TimerDuration, model, cancel.Token);
        results.Add(timers);
        if (model == "rests")
        {
            targets.Timers(timers);
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  timers/{model}: {timers.Events} events, lateness p50 {timers.Lateness.P50:0.00} p99 {timers.Lateness.P99:0.00} max {timers.Lateness.Max:0.0} ms (a bare Task.Delay: p50 {timers.SleepFloor.P50:0.00} p99 {timers.SleepFloor.P99:0.00} ms), CPU {timers.CpuCoreShare * 100:0.0}% of a core"));
    }

    report.AppendLine(Report.TimerTable(results));
}

var finished = TimeProvider.System.GetUtcNow();
var header = new StringBuilder()
    .AppendLine(string.Create(CultureInfo.InvariantCulture, $"# Benchmark results {started:yyyy-MM-dd HH:mm} UTC"))
    .AppendLine()
    .AppendLine($"- Machine: {MachineInfo.Describe()}")
    .AppendLine($"- Load average (1/5/15 min) before: {loadBefore}; after: {MachineInfo.LoadAverage()}")
    .AppendLine($"- Commit: {commit}{(MachineInfo.HasLocalChanges(root) ? " with local changes" : string.Empty)}; configuration: {settings.Configuration}; took {(finished - started).TotalMinutes:0.0} min")
    .AppendLine($"- Command: `{string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}`")
    .AppendLine()
    .AppendLine("## Targets")
    .AppendLine()
    .AppendLine(targets.Table());
var output = settings.Output ?? Path.Combine(root, "bench", "results", $"{started:yyyyMMdd-HHmmss}.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, header.Append(report).ToString());
log.WriteLine();
log.WriteLine(targets.Table());
log.WriteLine($"report: {output}");
if (settings.Strict && failedConversations > 0)
{
    log.WriteLine($"{failedConversations} measured conversation(s) failed (--strict)");
    return 1;
}

return 0;
