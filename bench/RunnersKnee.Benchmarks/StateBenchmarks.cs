using BenchmarkDotNet.Attributes;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Benchmarks;

/// <summary>
/// One turn's state work on a real mid-workout document (coach state, dialog stack, remembered activity ids):
/// load it, read the two properties the turn deserializes, change one, save it (the remembered ids are read in place
/// by <c>DuplicateActivityMiddleware</c>, not deserialized, and copied through here as stored).
/// </summary>
[MemoryDiagnoser]
public class StateBenchmarks
{
    private BotHost _host = null!;
    private ConversationState _state = null!;
    private CoachStateAccessor _accessor = null!;
    private int _turn;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new BotHost();
        await _host.StartWorkoutAsync("state-bench");
        for (var i = 0; i < 40; i++)
        {
            await _host.TurnAsync(_host.Message("state-bench", i % 2 == 0 ? "done" : "what's next"));
        }

        _state = _host.Get<ConversationState>();
        _accessor = _host.Get<CoachStateAccessor>();
    }

    [GlobalCleanup]
    public ValueTask CleanupAsync() => _host.DisposeAsync();

    [Benchmark]
    public async Task LoadReadChangeSave()
    {
        var turn = new TurnContext(_host.Message("state-bench", "what's next"));
        var coach = await _accessor.GetAsync(turn, CancellationToken.None);
        await _accessor.Dialogs.GetAsync(turn, () => new DialogState(), CancellationToken.None);
        coach.LastSeen = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + Interlocked.Increment(ref _turn));
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);
    }
}
