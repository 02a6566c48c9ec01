using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.State;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.State;

public sealed class AzureStorageAccountTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task CreateQueueServiceClient_SameConnectionStringAsBlobs_SendsAndReceivesOnThatAccount()
    {
        var sut = CreateSut(new BlobStorageOptions { ConnectionString = azurite.Server.ConnectionString });
        var queue = sut.CreateQueueServiceClient().GetQueueClient("q" + Guid.NewGuid().ToString("N"));
        await queue.CreateAsync();

        await queue.SendMessageAsync("proactive check-in");

        var received = (await queue.ReceiveMessageAsync()).Value;
        Assert.Equal("proactive check-in", received.Body.ToString());
    }

    [Fact]
    public void CreateQueueServiceClient_AccountUrl_UsesTheQueueEndpointOfThatAccount()
    {
        var sut = CreateSut(new BlobStorageOptions { AccountUrl = "https://runnersknee.blob.core.windows.net" });

        var queues = sut.CreateQueueServiceClient();

        Assert.Equal(new Uri("https://runnersknee.queue.core.windows.net/"), queues.Uri);
        Assert.Equal("runnersknee", queues.AccountName);
    }

    [Fact]
    public void CreateBlobServiceClient_AccountUrl_UsesThatEndpoint()
    {
        var sut = CreateSut(new BlobStorageOptions { AccountUrl = "https://runnersknee.blob.core.usgovcloudapi.net", ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001" });

        var blobs = sut.CreateBlobServiceClient();

        Assert.Equal(new Uri("https://runnersknee.blob.core.usgovcloudapi.net/"), blobs.Uri);
    }

    [Fact]
    public void CreateQueueServiceClient_AccountUrlThatIsNoBlobEndpoint_ThrowsAskingForAConnectionString()
    {
        var sut = CreateSut(new BlobStorageOptions { AccountUrl = "https://storage.example.org/devstoreaccount1" });

        var exception = Assert.Throws<InvalidOperationException>(() => sut.CreateQueueServiceClient());

        Assert.Contains("ConnectionString", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBlobServiceClient_NothingConfigured_ThrowsNamingTheSettings()
    {
        var sut = CreateSut(new BlobStorageOptions());

        var exception = Assert.Throws<InvalidOperationException>(() => sut.CreateBlobServiceClient());

        Assert.Contains("Storage:Blob:AccountUrl", exception.Message, StringComparison.Ordinal);
    }

    private static AzureStorageAccount CreateSut(BlobStorageOptions options) => new(Options.Create(options));
}
