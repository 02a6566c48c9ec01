using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Tests.State;

public sealed class FileStorageTests : StorageContractTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rk-filestorage-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    protected override IStorage CreateSut() =>
        new FileStorage(Options.Create(new FileStorageOptions { Directory = _directory }));

    [Fact]
    public async Task ReadAsync_NewInstanceOnSameFolder_SeesDataAndETagsOfTheOldOne()
    {
        var before = CreateSut();
        var etags = await before.WriteAsync(Changes("msteams/conversations/a:1", Json("kept across restart"), etag: null), default);

        var sut = CreateSut();

        var read = await ReadOneAsync(sut, "msteams/conversations/a:1");
        Assert.Equal(Json("kept across restart").ToString(), read!.Content.ToString());
        Assert.Equal(etags["msteams/conversations/a:1"], read.ETag);
        await sut.WriteAsync(Changes("msteams/conversations/a:1", Json("next turn"), read.ETag), default);
    }

    [Fact]
    public async Task WriteAsync_ManyWritesAndConflicts_LeavesOnlyOneFilePerKey()
    {
        var sut = CreateSut();
        var etags = await sut.WriteAsync(Changes("a", Json("0"), etag: null), default);
        for (var i = 1; i <= 10; i++)
        {
            etags = await sut.WriteAsync(Changes("a", Json($"{i}"), etags["a"]), default);
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            try
            {
                await sut.WriteAsync(Changes("b", Json($"{i}"), etag: null), default);
            }
            catch (StorageConflictException)
            {
                // Losing the race is expected; only the files left behind matter here.
            }
        }));

        // Each key's file and at most its spare: no temporary file is left behind.
        var files = Directory.GetFiles(_directory).Select(Path.GetFileName).ToHashSet();
        Assert.Contains(StorageKeys.ToFileName("a"), files);
        Assert.Contains(StorageKeys.ToFileName("b"), files);
        string[] keys = ["a", "b"];
        Assert.Subset(keys.SelectMany(key => new[] { StorageKeys.ToFileName(key), StorageKeys.ToFileName(key) + ".spare" }).ToHashSet<string?>(), files);
    }

    [Fact]
    public async Task WriteAsync_Twice_KeyHoldsTheNewDocument_DeleteErasesItAndTheOneBefore()
    {
        var sut = CreateSut();
        var first = await sut.WriteAsync(Changes("a", Json("my first answers"), etag: null), default);
        await sut.WriteAsync(Changes("a", Json("my second answers"), first["a"]), default);

        Assert.Equal(Json("my second answers").ToString(), (await ReadOneAsync(CreateSut(), "a"))!.Content.ToString());
        Assert.NotEmpty(Directory.GetFiles(_directory));

        await sut.DeleteAsync(["a"], default);

        // Nothing the person told the bot stays in the folder after an erase, not even the version before the last.
        Assert.Empty(Directory.GetFiles(_directory));
        Assert.Null(await ReadOneAsync(CreateSut(), "a"));
    }

    [Fact]
    public async Task WriteAsync_FileReplacedBehindItsBack_RefusesTheETagItKnewAndTakesTheNewOne()
    {
        // The store remembers the version it wrote, but another instance on the same folder (a restart's overlap)
        // may have written since: the stale ETag must still be refused.
        var sut = CreateSut();
        var mine = await sut.WriteAsync(Changes("a", Json("mine"), etag: null), default);
        var other = CreateSut();
        var read = await ReadOneAsync(other, "a");
        var theirs = await other.WriteAsync(Changes("a", Json("theirs, a longer document"), read!.ETag), default);

        await Assert.ThrowsAsync<StorageConflictException>(() => sut.WriteAsync(Changes("a", Json("mine again"), mine["a"]), default));
        await sut.WriteAsync(Changes("a", Json("mine after theirs"), theirs["a"]), default);
        Assert.Equal(Json("mine after theirs").ToString(), (await ReadOneAsync(other, "a"))!.Content.ToString());
    }

    [Fact]
    public async Task WriteAsync_SameLengthRewrittenBehindItsBack_StillRefusesTheOldETag()
    {
        var sut = CreateSut();
        var mine = await sut.WriteAsync(Changes("a", Json("1111"), etag: null), default);
        var path = Path.Combine(_directory, StorageKeys.ToFileName("a"));
        var bytes = await File.ReadAllBytesAsync(path);
        var changed = bytes.Select(b => b == (byte)'1' ? (byte)'2' : b).ToArray();
        await File.WriteAllBytesAsync(path, changed);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));

        await Assert.ThrowsAsync<StorageConflictException>(() => sut.WriteAsync(Changes("a", Json("3333"), mine["a"]), default));
    }
}
