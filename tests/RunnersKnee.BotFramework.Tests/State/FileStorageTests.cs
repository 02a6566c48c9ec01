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

        var files = Directory.GetFiles(_directory).Select(Path.GetFileName).Order();
        Assert.Equal([StorageKeys.ToFileName("a"), StorageKeys.ToFileName("b")], files);
    }
}
