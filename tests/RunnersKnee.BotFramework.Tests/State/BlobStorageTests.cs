using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.State;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.State;

/// <summary>The contract against Azurite, plus what only a blob store does. Every test gets its own container.</summary>
public sealed class BlobStorageTests(AzuriteFixture azurite) : StorageContractTests, IClassFixture<AzuriteFixture>
{
    private readonly BlobServiceClient _service = new AzureStorageAccount(
        Options.Create(new BlobStorageOptions { ConnectionString = azurite.Server.ConnectionString })).CreateBlobServiceClient();

    private readonly string _containerName = "t" + Guid.NewGuid().ToString("N");

    protected override IStorage CreateSut() =>
        new BlobStorage(_service.GetBlobContainerClient(_containerName), NullLogger<BlobStorage>.Instance);

    [Fact]
    public async Task WriteAsync_ContainerMissing_CreatesItAndStoresTheDocument()
    {
        var sut = CreateSut();

        await sut.WriteAsync(Changes("webchat/users/1", Json("hello"), etag: null), default);

        Assert.True((await _service.GetBlobContainerClient(_containerName).ExistsAsync()).Value);
        Assert.Equal(Json("hello").ToString(), (await ReadOneAsync(sut, "webchat/users/1"))!.Content.ToString());
    }

    [Fact]
    public async Task ReadAsync_ContainerMissing_ReturnsNothing()
    {
        var sut = CreateSut();

        var read = await sut.ReadAsync(["webchat/users/1"], default);

        Assert.Empty(read);
    }

    [Fact]
    public async Task WriteAsync_ContainerDeletedAfterFirstWrite_RecreatesItAndWrites()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Changes("a", Json("before"), etag: null), default);
        await _service.DeleteBlobContainerAsync(_containerName);

        await sut.WriteAsync(Changes("b", Json("after"), etag: null), default);

        Assert.Equal(Json("after").ToString(), (await ReadOneAsync(sut, "b"))!.Content.ToString());
    }

    [Fact]
    public async Task WriteAsync_Key_StoresOneJsonBlobNamedAfterTheKey()
    {
        var sut = CreateSut();
        const string key = "msteams/conversations/a:1;messageid=2";

        await sut.WriteAsync(Changes(key, Json("x"), etag: null), default);

        var blob = _service.GetBlobContainerClient(_containerName).GetBlobClient(StorageKeys.ToBlobName(key));
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal("application/json", properties.ContentType);
        Assert.Equal(Json("x").ToString(), (await blob.DownloadContentAsync()).Value.Content.ToString());
    }
}
