using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Tests.Fakes;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.State;

public sealed class BotStateTests
{
    private readonly RecordingStorage _storage = new(new EventLog());
    private readonly ConversationState _state;

    public BotStateTests() => _state = new ConversationState(_storage);

    [Fact]
    public async Task Accessors_ManyGetsAndSetsInOneTurn_ReadOnceAndWriteOnce()
    {
        var turn = NewTurn();
        var sets = _state.CreateProperty<int>("sets");
        var side = _state.CreateProperty<KneeSide>("side");

        for (var i = 1; i <= 3; i++)
        {
            await sets.SetAsync(turn, await sets.GetAsync(turn, () => 0, CancellationToken.None) + 1, CancellationToken.None);
            await side.SetAsync(turn, KneeSide.Left, CancellationToken.None);
        }

        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(1, _storage.Reads);
        Assert.Equal(1, _storage.Writes);
        Assert.Equal(3, await ReadNextTurnAsync(sets, -1));
    }

    [Fact]
    public async Task SaveChangesAsync_ValuesReadButNotChanged_DoesNotWrite()
    {
        var progress = _state.CreateProperty<WorkoutProgress>("progress");
        await SaveInNewTurnAsync(progress, SampleProgress());
        var writesBefore = _storage.Writes;

        var turn = NewTurn();
        var read = await progress.GetAsync(turn, () => throw new InvalidOperationException("missing"), CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(3, read.SetIndex);
        Assert.Equal(writesBefore, _storage.Writes);
    }

    [Fact]
    public async Task SaveChangesAsync_StateNeverTouched_NeitherReadsNorWrites()
    {
        var turn = NewTurn();

        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(0, _storage.Reads);
        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task SaveChangesAsync_NewConversationLoadedButNothingSet_DoesNotWrite()
    {
        var turn = NewTurn();

        await _state.LoadAsync(turn, force: false, CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task SaveChangesAsync_ObjectChangedInPlaceWithoutSet_IsSaved()
    {
        var turn = NewTurn();
        var done = _state.CreateProperty<List<string>>("done");

        (await done.GetAsync(turn, () => [], CancellationToken.None)).Add("wall sit");
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(["wall sit"], await ReadNextTurnAsync(done, []));
    }

    [Fact]
    public async Task Accessors_TypedValues_ComeBackWithTheirOwnTypes()
    {
        var progress = _state.CreateProperty<WorkoutProgress>("progress");
        var count = _state.CreateProperty<int>("count");
        var total = _state.CreateProperty<long>("total");
        var side = _state.CreateProperty<KneeSide>("side");
        var lastSeen = _state.CreateProperty<DateTimeOffset>("lastSeen");
        var expected = SampleProgress();
        var seen = new DateTimeOffset(2026, 3, 2, 8, 15, 30, TimeSpan.FromHours(2)).AddTicks(1234567);
        var turn = NewTurn();
        await progress.SetAsync(turn, expected, CancellationToken.None);
        await count.SetAsync(turn, int.MaxValue, CancellationToken.None);
        await total.SetAsync(turn, 5_000_000_000L, CancellationToken.None);
        await side.SetAsync(turn, KneeSide.Both, CancellationToken.None);
        await lastSeen.SetAsync(turn, seen, CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        var next = NewTurn();
        var actual = await progress.GetAsync(next, () => throw new InvalidOperationException("missing"), CancellationToken.None);

        Assert.Equal(expected.SetIndex, actual.SetIndex);
        Assert.Equal(expected.TotalHoldMilliseconds, actual.TotalHoldMilliseconds);
        Assert.Equal(expected.PainScore, actual.PainScore);
        Assert.Equal(KneeSide.Right, actual.Side);
        Assert.Equal(expected.StartedAt, actual.StartedAt);
        Assert.Equal(expected.StartedAt.Offset, actual.StartedAt.Offset);
        Assert.Equal(expected.Exercises, actual.Exercises);
        Assert.Equal(expected.PainBySet, actual.PainBySet);
        Assert.Null(actual.SkippedAt);
        Assert.Equal(int.MaxValue, await count.GetAsync(next, () => 0, CancellationToken.None));
        Assert.Equal(5_000_000_000L, await total.GetAsync(next, () => 0, CancellationToken.None));
        Assert.Equal(KneeSide.Both, await side.GetAsync(next, () => KneeSide.Left, CancellationToken.None));
        var seenBack = await lastSeen.GetAsync(next, () => default, CancellationToken.None);
        Assert.Equal(seen, seenBack);
        Assert.Equal(seen.Offset, seenBack.Offset);
    }

    [Fact]
    public async Task ClearStateAsync_ThenSave_NextTurnStartsFromDefaults()
    {
        var sets = _state.CreateProperty<int>("sets");
        await SaveInNewTurnAsync(sets, 4);

        var turn = NewTurn();
        await _state.ClearStateAsync(turn, CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Equal(-1, await ReadNextTurnAsync(sets, -1));
        Assert.Equal("{}", (await _storage.Inner.ReadAsync([Key], CancellationToken.None))[Key].Content.ToString());
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheDocumentAtOnceAndTheTurnsSaveDoesNotBringItBack()
    {
        var sets = _state.CreateProperty<int>("sets");
        await SaveInNewTurnAsync(sets, 4);

        var turn = NewTurn();
        await sets.SetAsync(turn, 5, CancellationToken.None);
        await _state.DeleteAsync(turn, CancellationToken.None);
        var storedRightAfter = await _storage.Inner.ReadAsync([Key], CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        Assert.Empty(storedRightAfter);
        Assert.Empty(await _storage.Inner.ReadAsync([Key], CancellationToken.None));
        Assert.Equal(-1, await ReadNextTurnAsync(sets, -1));
    }

    [Fact]
    public async Task PropertyDeleteAsync_RemovesOnlyThatProperty()
    {
        var sets = _state.CreateProperty<int>("sets");
        var side = _state.CreateProperty<KneeSide>("side");
        var turn = NewTurn();
        await sets.SetAsync(turn, 2, CancellationToken.None);
        await side.SetAsync(turn, KneeSide.Left, CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);

        var next = NewTurn();
        await sets.DeleteAsync(next, CancellationToken.None);
        await _state.SaveChangesAsync(next, force: false, CancellationToken.None);

        Assert.Equal(-1, await ReadNextTurnAsync(sets, -1));
        Assert.Equal(KneeSide.Left, await ReadNextTurnAsync(side, KneeSide.Both));
    }

    [Fact]
    public async Task SaveChangesAsync_DocumentChangedSinceThisTurnReadIt_ThrowsConflict()
    {
        var sets = _state.CreateProperty<int>("sets");
        await SaveInNewTurnAsync(sets, 1);
        var slow = NewTurn();
        await sets.SetAsync(slow, 2, CancellationToken.None);

        await SaveInNewTurnAsync(sets, 9);

        await Assert.ThrowsAsync<StorageConflictException>(() => _state.SaveChangesAsync(slow, force: false, CancellationToken.None));
        Assert.Equal(9, await ReadNextTurnAsync(sets, -1));
    }

    [Fact]
    public async Task UserState_TwoConversationsOfOneUser_ShareTheSameDocument()
    {
        var userState = new UserState(_storage);
        var side = userState.CreateProperty<KneeSide>("side");
        var inTeams = NewTurn("a:personal");
        await side.SetAsync(inTeams, KneeSide.Right, CancellationToken.None);
        await userState.SaveChangesAsync(inTeams, force: false, CancellationToken.None);

        var inChannel = NewTurn("19:channel@thread.tacv2;messageid=1");

        Assert.Equal(KneeSide.Right, await side.GetAsync(inChannel, () => KneeSide.Left, CancellationToken.None));
    }

    private static string Key => ConversationState.KeyFor(Channels.MsTeams, "a:conversation-1");

    private static TurnContext NewTurn(string conversationId = "a:conversation-1") =>
        new(TestActivities.Message("m-" + Guid.NewGuid().ToString("N"), conversationId: conversationId));

    private static WorkoutProgress SampleProgress() => new(
        SetIndex: 3,
        TotalHoldMilliseconds: 4_000_000_000L,
        PainScore: 2.5,
        Side: KneeSide.Right,
        StartedAt: new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.FromHours(-5)),
        Exercises: [new ExerciseLog("Wall sit", 5, TimeSpan.FromSeconds(30)), new ExerciseLog("Clamshell", 15, TimeSpan.Zero)],
        PainBySet: new Dictionary<string, int> { ["set-1"] = 2, ["set-2"] = 3 },
        SkippedAt: null);

    private async Task SaveInNewTurnAsync<T>(IStatePropertyAccessor<T> property, T value)
    {
        var turn = NewTurn();
        await property.SetAsync(turn, value, CancellationToken.None);
        await _state.SaveChangesAsync(turn, force: false, CancellationToken.None);
    }

    private static Task<T> ReadNextTurnAsync<T>(IStatePropertyAccessor<T> property, T fallback) =>
        property.GetAsync(NewTurn(), () => fallback, CancellationToken.None);
}
