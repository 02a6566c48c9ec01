using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunnersKnee.DirectLine;

/// <summary>Forgets idle embedded conversations so memory stays bounded however many visitors come and go.</summary>
internal sealed class DirectLineExpiryService(
    DirectLineConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    ILogger<DirectLineExpiryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A quarter of the timeout bounds how long past its timeout a conversation can linger.
        var interval = TimeSpan.FromTicks(Math.Clamp(options.Value.ConversationIdleTimeout.Ticks / 4, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMinute));
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = store.RemoveIdle();
                if (removed > 0)
                {
                    DirectLineLog.ConversationsExpired(logger, removed);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
