using BenchmarkDotNet.Attributes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Benchmarks;

/// <summary>Reading an inbound activity (a card click) and writing a reply that carries an exercise card.</summary>
[MemoryDiagnoser]
public class ActivityBenchmarks
{
    private BotHost _host = null!;
    private byte[] _inbound = [];
    private Activity _reply = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BotHost();
        await _host.StartWorkoutAsync("activity-bench");
        _reply = _host.Channel.Sent.Last(a => a.Attachments is { Count: > 0 });
        var click = _host.Message("activity-bench", null, new { command = "Done", sessionId = "0123456789ab", step = 3 });
        _inbound = BotJson.SerializeActivity(click);
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _host.DisposeAsync();

    [Benchmark]
    public Activity? ReadInboundActivity() => BotJson.DeserializeActivity(_inbound);

    [Benchmark]
    public byte[] WriteCardReply() => BotJson.SerializeActivity(_reply);
}
