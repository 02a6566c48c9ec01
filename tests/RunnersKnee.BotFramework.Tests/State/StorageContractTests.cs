using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Tests.State;

/// <summary>
/// The <see cref="IStorage"/> contract, run against every store by a subclass that says how to make a fresh one.
/// Each test starts from an empty store.
/// </summary>
public abstract class StorageContractTests
{
    private const string Key = "msteams/conversations/a:19:meeting_abc@thread.v2";

    /// <summary>Keys as Teams and Web Chat produce them, plus ones only a file or blob name would choke on.</summary>
    public static TheoryData<string> AwkwardKeys => new(AwkwardKeyList);

    private static readonly string[] AwkwardKeyList =
    [
        "msteams/conversations/a:1Xk;messageid=1712345678901@thread.skype",
        "msteams/users/29:1AbC-dEf=/|x",
        "emulator/conversations/with space and %20 and +",
        "webchat/users/Zoë 日本語 🏃‍♀️",
        "directline/conversations/" + new string('x', 475),
        "webchat/users/" + string.Concat(Enumerable.Repeat("ü:;@=/|", 70)),
        "../../etc/passwd",
    ];

    protected abstract IStorage CreateSut();

    [Fact]
    public async Task WriteAsync_CreateOnlyOnMissingKey_CreatesWithTheReturnedETag()
    {
        var sut = CreateSut();

        var etags = await sut.WriteAsync(Changes(Key, Json("first"), etag: null), default);

        var read = await sut.ReadAsync([Key], default);
        Assert.Equal(Json("first").ToString(), read[Key].Content.ToString());
        Assert.Equal(etags[Key], read[Key].ETag);
    }

    [Fact]
    public async Task WriteAsync_CreateOnlyWhenKeyExists_ThrowsConflictAndKeepsContent()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(Key, Json("first"), etag: null), default);

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => sut.WriteAsync(Changes(Key, Json("second"), etag: null), default));

        Assert.Equal(Key, conflict.Key);
        Assert.Equal(Json("first").ToString(), (await ReadOneAsync(sut, Key))!.Content.ToString());
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsConflictAndKeepsNewerContent()
    {
        var sut = CreateSut();
        var first = await sut.WriteAsync(Changes(Key, Json("v1"), etag: null), default);
        await sut.WriteAsync(Changes(Key, Json("v2"), first[Key]), default);

        await Assert.ThrowsAsync<StorageConflictException>(() => sut.WriteAsync(Changes(Key, Json("stale"), first[Key]), default));

        Assert.Equal(Json("v2").ToString(), (await ReadOneAsync(sut, Key))!.Content.ToString());
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_WritesAndIssuesNewETag()
    {
        var sut = CreateSut();
        var first = await sut.WriteAsync(Changes(Key, Json("v1"), etag: null), default);

        var second = await sut.WriteAsync(Changes(Key, Json("v2"), first[Key]), default);

        var read = await ReadOneAsync(sut, Key);
        Assert.Equal(Json("v2").ToString(), read!.Content.ToString());
        Assert.Equal(second[Key], read.ETag);
        Assert.NotEqual(first[Key], second[Key]);
    }

    [Fact]
    public async Task WriteAsync_AnyETag_OverwritesExistingAndCreatesMissing()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(Key, Json("v1"), etag: null), default);

        await sut.WriteAsync(Changes(Key, Json("forced"), StoreItem.AnyETag), default);
        await sut.WriteAsync(Changes("other", Json("new"), StoreItem.AnyETag), default);

        Assert.Equal(Json("forced").ToString(), (await ReadOneAsync(sut, Key))!.Content.ToString());
        Assert.Equal(Json("new").ToString(), (await ReadOneAsync(sut, "other"))!.Content.ToString());
    }

    [Fact]
    public async Task WriteAsync_ETagOfDeletedKey_ThrowsConflict()
    {
        var sut = CreateSut();
        var etags = await sut.WriteAsync(Changes(Key, Json("v1"), etag: null), default);
        await sut.DeleteAsync([Key], default);

        await Assert.ThrowsAsync<StorageConflictException>(() => sut.WriteAsync(Changes(Key, Json("v2"), etags[Key]), default));

        Assert.Null(await ReadOneAsync(sut, Key));
    }

    [Fact]
    public async Task DeleteAsync_ExistingKey_RemovesOnlyThatKey()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(Key, Json("gone"), etag: null), default);
        await sut.WriteAsync(Changes("kept", Json("kept"), etag: null), default);

        await sut.DeleteAsync([Key], default);

        var read = await sut.ReadAsync([Key, "kept"], default);
        Assert.Equal(["kept"], read.Keys);
    }

    [Fact]
    public async Task DeleteAsync_MissingKey_Succeeds()
    {
        var sut = CreateSut();

        await sut.DeleteAsync(["never-written"], default);

        Assert.Empty(await sut.ReadAsync(["never-written"], default));
    }

    [Fact]
    public async Task ReadAsync_MissingKeys_AreAbsent()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes(Key, Json("here"), etag: null), default);

        var read = await sut.ReadAsync(["missing-1", Key, "missing-2"], default);

        Assert.Equal([Key], read.Keys);
    }

    [Fact]
    public async Task WriteAsync_SeveralKeysInOneCall_WritesEachWithItsOwnETag()
    {
        var sut = CreateSut();
        var changes = new Dictionary<string, StoreItem>
        {
            ["webchat/conversations/1"] = new(Json("one"), null),
            ["webchat/conversations/2"] = new(Json("two"), null),
            ["webchat/users/3"] = new(Json("three"), StoreItem.AnyETag),
        };

        var etags = await sut.WriteAsync(changes, default);

        var read = await sut.ReadAsync(changes.Keys.ToArray(), default);
        Assert.Equal(changes.Keys.Order(), read.Keys.Order());
        foreach (var (key, change) in changes)
        {
            Assert.Equal(change.Content.ToString(), read[key].Content.ToString());
            Assert.Equal(etags[key], read[key].ETag);
        }
    }

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task WriteAsync_KeyWithTeamsCharacters_RoundTrips(string key)
    {
        var sut = CreateSut();

        var etags = await sut.WriteAsync(Changes(key, Json(key), etag: null), default);
        var read = await ReadOneAsync(sut, key);
        await sut.DeleteAsync([key], default);

        Assert.Equal(Json(key).ToString(), read!.Content.ToString());
        Assert.Equal(etags[key], read.ETag);
        Assert.Null(await ReadOneAsync(sut, key));
    }

    [Fact]
    public async Task WriteAsync_AwkwardKeysTogether_DoNotCollide()
    {
        var sut = CreateSut();
        var keys = AwkwardKeyList;

        await sut.WriteAsync(keys.ToDictionary(key => key, key => new StoreItem(Json(key), null)), default);

        var read = await sut.ReadAsync(keys, default);
        Assert.All(keys, key => Assert.Equal(Json(key).ToString(), read[key].Content.ToString()));
    }

    [Fact]
    public async Task WriteAsync_32ConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        var sut = CreateSut();
        var start = await sut.WriteAsync(Changes(Key, Json("start"), etag: null), default);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            TryWriteAsync(sut, $"writer {i}", start[Key])));

        var winner = Assert.Single(outcomes, outcome => outcome.Won);
        Assert.Equal(Json(winner.Content).ToString(), (await ReadOneAsync(sut, Key))!.Content.ToString());
    }

    [Fact]
    public async Task WriteAsync_32ConcurrentCreators_ExactlyOneWins()
    {
        var sut = CreateSut();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            TryWriteAsync(sut, $"creator {i}", etag: null)));

        var winner = Assert.Single(outcomes, outcome => outcome.Won);
        Assert.Equal(Json(winner.Content).ToString(), (await ReadOneAsync(sut, Key))!.Content.ToString());
    }

    protected static Dictionary<string, StoreItem> Changes(string key, BinaryData content, string? etag) =>
        new() { [key] = new StoreItem(content, etag) };

    protected static BinaryData Json(string text) => BinaryData.FromObjectAsJson(new { text });

    protected static async Task<StoreItem?> ReadOneAsync(IStorage storage, string key) =>
        (await storage.ReadAsync([key], default)).GetValueOrDefault(key);

    private static async Task<(bool Won, string Content)> TryWriteAsync(IStorage storage, string content, string? etag)
    {
        try
        {
            await storage.WriteAsync(Changes(Key, Json(content), etag), default);
            return (true, content);
        }
        catch (StorageConflictException)
        {
            return (false, content);
        }
    }
}
