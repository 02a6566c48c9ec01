using System.Text;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.State;

/// <summary>How a turn's state document is merged and written back (what the next turn, or another instance, reads).</summary>
public sealed class ConversationStateDocumentTests
{
    private const string Key = "test/conversations/c1";
    private readonly MemoryStorage _storage = new();
    private readonly ConversationState _state;

    public ConversationStateDocumentTests() => _state = new ConversationState(_storage);

    [Fact]
    public async Task SaveChanges_TouchedAndNewProperties_KeepsUntouchedInPlaceAndAppendsNew()
    {
        await StoreAsync("""{"a":{"n":1},"b":[1,2],"c":"é"}""");
        var turn = Turn();
        var a = await _state.CreateProperty<Counter>("a").GetAsync(turn, () => new Counter(), CancellationToken.None);
        a.N = 5;
        await _state.CreateProperty<Counter>("d").SetAsync(turn, new Counter { N = 7 }, CancellationToken.None);

        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        // Untouched properties are their stored bytes, not re-encoded ("é" stays as it was stored).
        Assert.Equal("""{"a":{"n":5},"b":[1,2],"c":"é","d":{"n":7}}""", await StoredAsync());
    }

    [Fact]
    public async Task SaveChanges_NothingChanged_DoesNotWrite()
    {
        await StoreAsync("""{"a":{"n":1},"b":[1,2]}""");
        var etag = (await _storage.ReadAsync([Key], CancellationToken.None))[Key].ETag;
        var turn = Turn();
        await _state.CreateProperty<Counter>("a").GetAsync(turn, () => new Counter(), CancellationToken.None);

        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(etag, (await _storage.ReadAsync([Key], CancellationToken.None))[Key].ETag);
    }

    [Fact]
    public async Task SaveChanges_DeletedThenSet_MovesThePropertyToTheEnd()
    {
        await StoreAsync("""{"a":{"n":1},"b":{"n":2}}""");
        var turn = Turn();
        var a = _state.CreateProperty<Counter>("a");
        await a.DeleteAsync(turn, CancellationToken.None);
        Assert.Equal(0, (await a.GetAsync(turn, () => new Counter(), CancellationToken.None)).N);
        await a.SetAsync(turn, new Counter { N = 3 }, CancellationToken.None);

        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal("""{"b":{"n":2},"a":{"n":3}}""", await StoredAsync());
    }

    [Fact]
    public async Task Get_StoredNullOrMissing_ReturnsTheDefault()
    {
        await StoreAsync("""{"a":null}""");
        var turn = Turn();

        var a = await _state.CreateProperty<Counter>("a").GetAsync(turn, () => new Counter { N = 9 }, CancellationToken.None);
        var b = await _state.CreateProperty<Counter>("b").GetAsync(turn, () => new Counter { N = 8 }, CancellationToken.None);

        Assert.Equal((9, 8), (a.N, b.N));
    }

    [Fact]
    public async Task SaveChanges_TwoTurns_SecondTurnReadsWhatTheFirstWrote()
    {
        var first = Turn();
        (await _state.CreateProperty<Counter>("a").GetAsync(first, () => new Counter(), CancellationToken.None)).N = 4;
        await _state.SaveChangesAsync(first, force: false, CancellationToken.None);
        (await _state.CreateProperty<Counter>("a").GetAsync(first, () => new Counter(), CancellationToken.None)).N = 6;
        await _state.SaveChangesAsync(first, force: false, CancellationToken.None);

        var second = Turn();
        var a = await _state.CreateProperty<Counter>("a").GetAsync(second, () => new Counter(), CancellationToken.None);

        Assert.Equal(6, a.N);
    }

    private static TurnContext Turn() => new(new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "c1" },
    });

    private Task StoreAsync(string json) =>
        _storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(BinaryData.FromString(json), "*") }, CancellationToken.None);

    private async Task<string> StoredAsync() =>
        Encoding.UTF8.GetString((await _storage.ReadAsync([Key], CancellationToken.None))[Key].Content.ToArray());

    public sealed class Counter
    {
        public int N { get; set; }
    }
}
