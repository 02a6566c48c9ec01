using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.State;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.State;

/// <summary>
/// A store that is down or hangs must fail the call with <see cref="StorageUnavailableException"/> within the short
/// configured retries and timeout; the generous test deadline would otherwise surface as a cancellation.
/// </summary>
public sealed class BlobStorageOutageTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Calls_AzuriteStoppedThenStarted_FailAsUnavailableThenWorkOnStoredData()
    {
        await using var azurite = await AzuriteServer.StartNewAsync();
        var sut = CreateSut(azurite.ConnectionString, TimeSpan.FromSeconds(2));
        var etags = await sut.WriteAsync(Changes("webchat/conversations/1", "before the outage", etag: null), default);
        await azurite.StopAsync();
        using var deadline = new CancellationTokenSource(Deadline);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.ReadAsync(["webchat/conversations/1"], deadline.Token));
        await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            sut.WriteAsync(Changes("webchat/conversations/1", "during the outage", etags["webchat/conversations/1"]), deadline.Token));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.DeleteAsync(["webchat/conversations/1"], deadline.Token));
        await azurite.StartAsync();

        var read = (await sut.ReadAsync(["webchat/conversations/1"], default))["webchat/conversations/1"];
        Assert.Equal("before the outage", read.Content.ToString());
        await sut.WriteAsync(Changes("webchat/conversations/1", "after the outage", read.ETag), default);
    }

    [Fact]
    public async Task WriteAsync_ServerAcceptsButNeverAnswers_FailsAsUnavailable()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{port}/{AzuriteServer.AccountName};";
        var sut = CreateSut(connectionString, TimeSpan.FromMilliseconds(300));
        using var deadline = new CancellationTokenSource(Deadline);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => sut.WriteAsync(Changes("a", "never stored", etag: null), deadline.Token));
    }

    private static BlobStorage CreateSut(string connectionString, TimeSpan networkTimeout)
    {
        var options = new BlobStorageOptions
        {
            ConnectionString = connectionString,
            ContainerName = "outage",
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(50),
            NetworkTimeout = networkTimeout,
        };
        var container = new AzureStorageAccount(Options.Create(options)).CreateBlobServiceClient().GetBlobContainerClient(options.ContainerName);
        return new BlobStorage(container, NullLogger<BlobStorage>.Instance);
    }

    private static Dictionary<string, StoreItem> Changes(string key, string content, string? etag) =>
        new() { [key] = new StoreItem(BinaryData.FromString(content), etag) };
}
