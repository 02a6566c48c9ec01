using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Hosting;
using RunnersKnee.BotFramework.State;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.Hosting;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private const string BlobConnectionString =
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};BlobEndpoint=http://127.0.0.1:1/{AzuriteServer.AccountName};";

    private readonly string _fileDirectory = Directory.CreateTempSubdirectory("rk-storage-hosting-").FullName;

    public void Dispose() => Directory.Delete(_fileDirectory, recursive: true);

    [Theory]
    [InlineData(null, null, typeof(FileStorage))]
    [InlineData(null, BlobConnectionString, typeof(BlobStorage))]
    [InlineData("", "https://runnersknee.blob.core.windows.net", typeof(BlobStorage))]
    [InlineData("File", BlobConnectionString, typeof(FileStorage))]
    [InlineData("memory", BlobConnectionString, typeof(MemoryStorage))]
    [InlineData("Blob", BlobConnectionString, typeof(BlobStorage))]
    public async Task AddBotStorage_ProviderAndBlobAccount_SelectsStore(string? provider, string? account, Type expected)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = provider };
        settings[account?.StartsWith("https", StringComparison.Ordinal) == true ? "Storage:Blob:AccountUrl" : "Storage:Blob:ConnectionString"] = account;
        using var host = Build(settings);

        await host.StartAsync();

        var storage = Assert.IsType<InstrumentedStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType(expected, storage.Inner);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStorage_ProviderBlobWithoutAccount_FailsAtStartNamingTheSettings()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Blob" });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Blob:ConnectionString", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:Blob:ContainerName", "Bot_State")]
    [InlineData("Storage:Blob:AccountUrl", "not a url")]
    [InlineData("Storage:Blob:MaxRetries", "-1")]
    public async Task AddBotStorage_InvalidBlobSetting_FailsAtStart(string key, string value)
    {
        using var host = Build(new() { ["Storage:Blob:ConnectionString"] = BlobConnectionString, [key] = value });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key.Split(':')[^1], exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotStorage_BlobSettings_BindsTimeoutsAndRetries()
    {
        using var host = Build(new()
        {
            ["Storage:Blob:ConnectionString"] = BlobConnectionString,
            ["Storage:Blob:NetworkTimeout"] = "00:00:05",
            ["Storage:Blob:MaxRetries"] = "2",
        });

        var options = host.Services.GetRequiredService<IOptions<BlobStorageOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(5), 2, "botstate"), (options.NetworkTimeout, options.MaxRetries, options.ContainerName));
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        settings["Storage:File:Directory"] = _fileDirectory;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotStorage();
        return builder.Build();
    }
}
