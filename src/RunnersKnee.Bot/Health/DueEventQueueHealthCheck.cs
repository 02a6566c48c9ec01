using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RunnersKnee.Bot.Health;

/// <summary>
/// Ready only while the due-event queue answers: without it rest timers, next-morning checks and reminders would be
/// accepted and never fire. A queue not created yet is an answer (the scheduler creates it on first use).
/// </summary>
public sealed class DueEventQueueHealthCheck(QueueClient queue) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await queue.GetPropertiesAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return HealthCheckResult.Healthy("The queue is created on first use.");
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException or HttpRequestException)
        {
            return HealthCheckResult.Unhealthy("The due-event queue does not answer.", exception);
        }
    }
}
