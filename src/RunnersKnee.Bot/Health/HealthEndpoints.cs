using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace RunnersKnee.Bot.Health;

/// <summary>
/// <c>/healthz</c> is liveness (the process answers; no dependency is asked, so a storage outage never restarts a
/// healthy process) and <c>/healthz/ready</c> is readiness (state store, due-event queue, content), the path App
/// Service's health check probes. Both answer only "Healthy" or "Unhealthy" (503): details go to the log, never to
/// an anonymous caller.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public const string LivenessPath = "/healthz";

    public const string ReadinessPath = "/healthz/ready";

    public static IHealthChecksBuilder AddRunnersKneeHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<ContentStartupCheck>().AddHostedService(sp => sp.GetRequiredService<ContentStartupCheck>());
        return services.AddHealthChecks()
            .AddCheck<StateStoreHealthCheck>("state-store", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<ContentHealthCheck>("content", tags: [ReadyTag]);
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
