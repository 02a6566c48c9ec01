using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Authentication;
using RunnersKnee.BotFramework.Connector;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>
/// Outbound calls: the bot's token (client secret, certificate or managed identity, cached), the "BotConnector"
/// HttpClient with its retry policy outside and the token handler inside, and the connector factory.
/// </summary>
internal static class ConnectorServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddBotConnector(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotConnectorOptions>().BindConfiguration(BotConnectorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddHttpClient(ClientCredentialsTokenSource.HttpClientName).AddStandardResilienceHandler();
        services.TryAddSingleton<ClientAssertionFactory>();
        services.TryAddSingleton<IBotTokenProvider>(sp => new CachingBotTokenProvider(CreateTokenSource(sp), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddTransient<BotConnectorAuthenticationHandler>();

        // Handlers run in the order added: the retry policy outside, so each attempt gets a current token.
        // No HttpClient request logging: its lines carry the conversation's URL (ids), and its two handlers cost
        // allocations on every reply even when the level filters them out. Failures are logged by TurnDelivery.
        var connector = services.AddHttpClient(ConnectorClientFactory.HttpClientName).RemoveAllLoggers();

        // The pipeline's timeouts bound every call (BotConnectorOptions); HttpClient's own 100 s would only add a
        // timer to arm and cancel on every reply.
        connector.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        connector.AddResilienceHandler(ConnectorClientFactory.HttpClientName, (pipeline, context) => ConnectorResilience.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<BotConnectorOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>()));
        connector.AddHttpMessageHandler<BotConnectorAuthenticationHandler>();
        services.TryAddSingleton<IConnectorClientFactory, ConnectorClientFactory>();
        return builder;
    }

    private static IAccessTokenSource? CreateTokenSource(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>();
        if (options.Value.IsAnonymous)
        {
            return null;
        }

        return options.Value.AppType == BotAppType.UserAssignedMsi
            ? new ManagedIdentityTokenSource(options)
            : ActivatorUtilities.CreateInstance<ClientCredentialsTokenSource>(services);
    }
}
