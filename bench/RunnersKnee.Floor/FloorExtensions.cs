using RunnersKnee.BotFramework.Connector;

namespace RunnersKnee.Floor;

/// <summary>Composes the floor: the same named HttpClient the bot's connector uses, one endpoint, one counters route.</summary>
public static class FloorExtensions
{
    public static IHostApplicationBuilder AddFloor(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(ConnectorClientFactory.HttpClientName);
        return builder;
    }

    public static IEndpointRouteBuilder MapFloor(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", FloorEndpoint.HandleAsync).DisableAntiforgery();
        endpoints.MapGet("/diagnostics/counters", FloorCounters.Read);
        return endpoints;
    }
}
