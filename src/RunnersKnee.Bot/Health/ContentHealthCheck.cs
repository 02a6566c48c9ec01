using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RunnersKnee.Bot.Health;

/// <summary>Ready only once the reviewed content is loaded (<see cref="ContentStartupCheck"/>).</summary>
public sealed class ContentHealthCheck(ContentStartupCheck content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(content.IsLoaded ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Content is not loaded."));
}
