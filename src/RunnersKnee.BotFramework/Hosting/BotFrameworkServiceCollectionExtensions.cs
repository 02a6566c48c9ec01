using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>The composition root of the protocol layer: one <c>AddBotFramework</c>, one <c>MapBotFramework</c>.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the adapter, authentication, connector, storage and state. The app adds its <see cref="IBot"/>
    /// and <see cref="ITurnErrorHandler"/>.
    /// </summary>
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<TurnOptions>().BindConfiguration(TurnOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotEndpointOptions>().BindConfiguration(BotEndpointOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // SIGTERM: refuse new turns (503), let the ones in flight finish, then stop, all within the window.
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        services.TryAddSingleton<TurnGate>();
        services.AddHostedService<TurnDrainService>();

        builder.AddBotAuthentication();
        builder.AddBotConnector();

        builder.AddBotStorage();
        services.TryAddSingleton<PrimaryState>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();

        // Order matters: "typing…" covers the whole turn; state is saved after everything inside it has run.
        services.AddSingleton<IMiddleware, TypingIndicatorMiddleware>();
        services.AddSingleton<IMiddleware, AutoSaveStateMiddleware>();
        services.AddSingleton<IMiddleware, KeptRepliesMiddleware>();
        services.AddSingleton<IMiddleware, DuplicateActivityMiddleware>();
        services.TryAddSingleton<TurnTelemetry>();
        services.TryAddSingleton<IDeliveryRetryScheduler, NoDeliveryRetryScheduler>();
        services.TryAddSingleton<IBotRemovedHandler, NoBotRemovedHandler>();
        services.TryAddSingleton<KeyedAsyncLock>();
        services.TryAddSingleton<ReplySender>();
        services.TryAddSingleton<DeliveredMarks>();
        services.TryAddSingleton<TurnDelivery>();
        services.TryAddSingleton<BotAdapter>();
        return builder;
    }

    /// <summary>Maps <c>POST /api/messages</c>. The web chat's Direct Line is its own project (<c>RunnersKnee.DirectLine</c>).</summary>
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBotMessages();
        return endpoints;
    }
}
