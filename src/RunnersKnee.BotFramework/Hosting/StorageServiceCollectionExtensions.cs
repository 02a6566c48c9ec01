using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
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
        services.AddMetrics();
        services.TryAddSingleton<StorageMetrics>();
        services.TryAddSingleton<MemoryStorage>();
        services.TryAddSingleton<FileStorage>();
        services.TryAddSingleton<IStorage>(sp =>
        {
            var provider = sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;
            IStorage inner = provider?.ToUpperInvariant() switch
            {
                "MEMORY" => sp.GetRequiredService<MemoryStorage>(),
                null or "" or "FILE" => sp.GetRequiredService<FileStorage>(),
                _ => throw new OptionsValidationException(
                    StorageOptions.SectionName,
                    typeof(StorageOptions),
                    [$"Storage:Provider '{provider}' is not known. Use File, Memory or Blob."]),
            };
            return new InstrumentedStorage(inner, sp.GetRequiredService<StorageMetrics>());
        });
        return builder;
    }
}
