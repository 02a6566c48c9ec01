using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>Chooses the <see cref="IStorage"/> from configuration and wraps it with call counting.</summary>
internal static class StorageServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddBotStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddOptions<FileStorageOptions>().BindConfiguration(FileStorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BlobStorageOptions>()
            .BindConfiguration(BlobStorageOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IOptions<StorageOptions>>(
                (blob, storage) => blob.IsConfigured || !IsProvider(storage.Value.Provider, "Blob"),
                "Storage:Provider is Blob but neither Storage:Blob:ConnectionString nor Storage:Blob:AccountUrl is set.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<StorageMetrics>();
        services.TryAddSingleton<MemoryStorage>();
        services.TryAddSingleton<FileStorage>();
        services.TryAddSingleton<AzureStorageAccount>();
        services.TryAddSingleton(sp => new BlobStorage(
            sp.GetRequiredService<AzureStorageAccount>().CreateBlobServiceClient()
                .GetBlobContainerClient(sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value.ContainerName),
            sp.GetRequiredService<ILogger<BlobStorage>>()));
        services.TryAddSingleton<IStorage>(sp =>
        {
            var provider = sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;
            var blobConfigured = sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value.IsConfigured;
            IStorage inner = provider?.Trim().ToUpperInvariant() switch
            {
                "MEMORY" => sp.GetRequiredService<MemoryStorage>(),
                "FILE" => sp.GetRequiredService<FileStorage>(),
                "BLOB" => sp.GetRequiredService<BlobStorage>(),
                null or "" when blobConfigured => sp.GetRequiredService<BlobStorage>(),
                null or "" => sp.GetRequiredService<FileStorage>(),
                _ => throw new OptionsValidationException(
                    StorageOptions.SectionName,
                    typeof(StorageOptions),
                    [$"Storage:Provider '{provider}' is not known. Use File, Memory or Blob."]),
            };
            return new InstrumentedStorage(inner, sp.GetRequiredService<StorageMetrics>());
        });
        return builder;
    }

    private static bool IsProvider(string? configured, string provider) =>
        string.Equals(configured?.Trim(), provider, StringComparison.OrdinalIgnoreCase);
}
