using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Health;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Hosting;

/// <summary>
/// Chooses where due events wait: the embedded folder by default, Azure Storage Queues (on the same account as
/// Blob state) when configured, so several instances share them.
/// </summary>
internal static class SchedulerServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddDueEventScheduler(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TimerSchedulerOptions>().BindConfiguration(TimerSchedulerOptions.SectionName);
        services.AddOptions<LocalSchedulerOptions>().BindConfiguration(LocalSchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueSchedulerOptions>().BindConfiguration(QueueSchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        var provider = builder.Configuration[$"{TimerSchedulerOptions.SectionName}:{nameof(TimerSchedulerOptions.Provider)}"];
        var blobConfigured = !string.IsNullOrWhiteSpace(builder.Configuration["Storage:Blob:ConnectionString"])
            || !string.IsNullOrWhiteSpace(builder.Configuration["Storage:Blob:AccountUrl"]);
        var useQueue = string.Equals(provider, "Queue", StringComparison.OrdinalIgnoreCase)
            || (string.IsNullOrWhiteSpace(provider) && blobConfigured);

        if (useQueue)
        {
            services.AddSingleton(sp => sp.GetRequiredService<AzureStorageAccount>()
                .CreateQueueServiceClient()
                .GetQueueClient(sp.GetRequiredService<IOptions<QueueSchedulerOptions>>().Value.QueueName));
            services.AddSingleton<QueueDueEventScheduler>();
            services.AddSingleton<IDueEventScheduler>(sp => sp.GetRequiredService<QueueDueEventScheduler>());
            services.AddSingleton<IDueEventSource>(sp => sp.GetRequiredService<QueueDueEventScheduler>());
            services.AddHealthChecks().AddCheck<DueEventQueueHealthCheck>("due-event-queue", tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        }
        else
        {
            services.AddSingleton<LocalDueEventScheduler>();
            services.AddSingleton<IDueEventScheduler>(sp => sp.GetRequiredService<LocalDueEventScheduler>());
            services.AddSingleton<IDueEventSource>(sp => sp.GetRequiredService<LocalDueEventScheduler>());
        }

        services.AddSingleton<IDeliveryRetryScheduler, DeliveryRetryScheduler>();
        services.AddSingleton<IBotRemovedHandler, BotRemovedHandler>();
        services.AddHostedService<DueEventPump>();

        return builder;
    }
}
