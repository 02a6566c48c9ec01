using BenchmarkDotNet.Attributes;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Benchmarks;

/// <summary>
/// One whole turn through the adapter (duplicate check, state, dialogs, cards, serialized replies) on the memory
/// store: a typed "what's next" mid-workout, and a "Done" click on a set (state put back before each, so every
/// invocation does the same step: finish the set, schedule the rest, show the rest card).
/// </summary>
[MemoryDiagnoser]
public class DialogStepBenchmarks
{
    private const string Conversation = "dialog-bench";
    private BotHost _host = null!;
    private string _key = string.Empty;
    private StoreItem _snapshot = null!;
    private object _done = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BotHost();
        await _host.StartWorkoutAsync(Conversation);
        _key = $"webchat/conversations/{Conversation}";
        _snapshot = (await _host.Storage.ReadAsync([_key], CancellationToken.None))[_key];
        var card = _host.Channel.Sent.Last(a => a.Attachments is { Count: > 0 }).Attachments![0].Content!.Value.GetRawText();
        var sessionId = System.Text.RegularExpressions.Regex.Match(card, "\"sessionId\":\"([^\"]+)\"").Groups[1].Value;
        var step = int.Parse(System.Text.RegularExpressions.Regex.Match(card, "\"step\":(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        _done = new Dictionary<string, object> { ["command"] = "Done", ["sessionId"] = sessionId, ["step"] = step };
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _host.DisposeAsync();

    [Benchmark]
    public Task<List<BotFramework.Schema.Activity>> TypedWhatsNext() => _host.TurnAsync(_host.Message(Conversation, "what's next"));

    [Benchmark]
    public async Task<List<BotFramework.Schema.Activity>> DoneClick()
    {
        await _host.Storage.WriteAsync(new Dictionary<string, StoreItem> { [_key] = _snapshot with { ETag = "*" } }, CancellationToken.None);
        return await _host.TurnAsync(_host.Message(Conversation, null, _done));
    }
}
