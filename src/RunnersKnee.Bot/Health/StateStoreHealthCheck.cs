using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Health;

/// <summary>
/// Ready only while the state store answers: a turn that cannot read the person's conversation cannot be taken,
/// so an instance without its store should get no traffic. Reads a key that never exists; a missing key is an answer.
/// </summary>
public sealed class StateStoreHealthCheck(IStorage storage) : IHealthCheck
{
    private static readonly string[] ProbeKey = ["health/probe"];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(ProbeKey, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (StorageUnavailableException exception)
        {
            return HealthCheckResult.Unhealthy("The state store does not answer.", exception);
        }
    }
}
