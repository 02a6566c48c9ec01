using RunnersKnee.Bot.Timers;

namespace RunnersKnee.Bot.Hosting;

/// <summary>Chooses where due events wait: the embedded folder by default.</summary>
internal static class SchedulerServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddDueEventScheduler(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LocalSchedulerOptions>().BindConfiguration(LocalSchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LocalDueEventScheduler>();
        services.AddSingleton<IDueEventScheduler>(sp => sp.GetRequiredService<LocalDueEventScheduler>());
        services.AddHostedService(sp => sp.GetRequiredService<LocalDueEventScheduler>());
        return builder;
    }
}
