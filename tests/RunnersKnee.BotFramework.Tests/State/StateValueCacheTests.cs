using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Tests.Fakes;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.State;

/// <summary>
/// A document's next turn in this process reuses the values its last turn left, but only while the store still
/// holds the document as that turn wrote it; anything else reads the stored bytes.
/// </summary>
public sealed class StateValueCacheTests
{
    private readonly RecordingStorage _storage = new(new EventLog());
    private readonly ConversationState _state;
    private readonly IStatePropertyAccessor<List<string>> _done;

    public StateValueCacheTests()
    {
        _state = new ConversationState(_storage);
        _done = _state.CreateProperty<List<string>>("done");
    }

    [Fact]
    public async Task NextTurn_DocumentAsSaved_ReusesTheValuesItRead_AndStillReadsTheStoreOnce()
    {
        await SaveAsync(["wall sit"]);
        var saved = await AddAndSaveAsync("clamshell");
        var readsBefore = _storage.Reads;

        var next = await GetAsync(NewTurn());

        Assert.Same(saved, next);
        Assert.Equal(["wall sit", "clamshell"], next);
        Assert.Equal(readsBefore + 1, _storage.Reads);
    }

    [Fact]
    public async Task NextTurn_ValueTheCallerSet_IsReadFromTheStoredBytes()
    {
        var set = await SaveAsync(["wall sit"]);

        var next = await GetAsync(NewTurn());

        Assert.NotSame(set, next);
        Assert.Equal(["wall sit"], next);
    }

    [Fact]
    public async Task NextTurn_ReadOnlyTurnInBetween_StillReusesTheValues()
    {
        await SaveAsync(["wall sit"]);
        var saved = await AddAndSaveAsync("clamshell");
        var readOnly = NewTurn();
        await GetAsync(readOnly);
        await _state.SaveChangesAsync(readOnly, force: false, CancellationToken.None);
        var writes = _storage.Writes;

        var next = await GetAsync(NewTurn());

        Assert.Same(saved, next);
        Assert.Equal(writes, _storage.Writes);
    }

    [Fact]
    public async Task TurnsOnAKeptDocument_PropertyNobodyTouched_StaysAsItWas()
    {
        var side = _state.CreateProperty<string>("side");
        var first = NewTurn();
        await side.SetAsync(first, "left knee", CancellationToken.None);
        (await GetAsync(first)).Add("wall sit");
        await _state.SaveChangesAsync(first, force: false, CancellationToken.None);
        await AddAndSaveAsync("clamshell");
        await AddAndSaveAsync("step down");

        Assert.Equal("left knee", await side.GetAsync(NewTurn(), () => "none", CancellationToken.None));
        Assert.Equal(["wall sit", "clamshell", "step down"], await GetAsync(NewTurn()));
        var stored = (await _storage.Inner.ReadAsync([Key], CancellationToken.None))[Key];
        using var document = System.Text.Json.JsonDocument.Parse(stored.Content);
        Assert.Equal(["side", "done"], document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task NextTurn_DocumentWrittenByAnotherInstance_ReadsTheNewBytes()
    {
        await SaveAsync([]);
        await AddAndSaveAsync("wall sit");
        var stored = (await _storage.Inner.ReadAsync([Key], CancellationToken.None))[Key];
        var elsewhere = stored.Content.ToString().Replace("wall sit", "clamshell", StringComparison.Ordinal);
        await _storage.Inner.WriteAsync(
            new Dictionary<string, StoreItem> { [Key] = new(BinaryData.FromString(elsewhere), stored.ETag) },
            CancellationToken.None);

        Assert.Equal(["clamshell"], await GetAsync(NewTurn()));
    }

    [Fact]
    public async Task NextTurn_PreviousTurnChangedValuesInPlaceAndFailedBeforeSaving_SeesTheStoredValues()
    {
        await SaveAsync(["wall sit"]);
        await AddAndSaveAsync("clamshell");
        var failed = NewTurn();
        (await GetAsync(failed)).Add("half done");

        var next = await GetAsync(NewTurn());

        Assert.Equal(["wall sit", "clamshell"], next);
    }

    [Fact]
    public async Task NextTurn_PreviousSaveLostARace_SeesTheWinnersValues()
    {
        await SaveAsync(["wall sit"]);
        await AddAndSaveAsync("clamshell");
        var slow = NewTurn();
        (await GetAsync(slow)).Add("slow turn");
        await AddAndSaveAsync("fast turn");

        await Assert.ThrowsAsync<StorageConflictException>(() => _state.SaveChangesAsync(slow, force: false, CancellationToken.None));

        Assert.Equal(["wall sit", "clamshell", "fast turn"], await GetAsync(NewTurn()));
    }

    [Fact]
    public async Task NextTurn_DocumentErased_StartsEmpty()
    {
        await SaveAsync(["wall sit"]);
        await AddAndSaveAsync("clamshell");
        var erase = NewTurn();
        await GetAsync(erase);
        await _state.DeleteAsync(erase, CancellationToken.None);
        await _state.SaveChangesAsync(erase, force: false, CancellationToken.None);

        Assert.Empty(await GetAsync(NewTurn()));
    }

    [Fact]
    public async Task NextTurn_ValueDeletedThisTurn_IsNotHandedOn()
    {
        await SaveAsync(["wall sit"]);
        await AddAndSaveAsync("clamshell");
        var turn = NewTurn();
        await GetAsync(turn);
        await _done.DeleteAsync(turn, CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Empty(await GetAsync(NewTurn()));
    }

    private static string Key => ConversationState.KeyFor(Channels.MsTeams, "a:conversation-1");

    private static TurnContext NewTurn() =>
        new(TestActivities.Message("m-" + Guid.NewGuid().ToString("N"), conversationId: "a:conversation-1"));

    private Task<List<string>> GetAsync(ITurnContext turn) => _done.GetAsync(turn, () => [], CancellationToken.None);

    private async Task<List<string>> AddAndSaveAsync(string exercise)
    {
        var turn = NewTurn();
        var done = await GetAsync(turn);
        done.Add(exercise);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);
        return done;
    }

    private async Task<List<string>> SaveAsync(List<string> value)
    {
        var turn = NewTurn();
        await _done.SetAsync(turn, value, CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);
        return value;
    }
}
