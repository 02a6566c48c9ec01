using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>
/// Closes the <see cref="TurnGate"/> as the host begins to stop and waits for the turns in flight. It runs in
/// <c>StoppingAsync</c>, before any hosted service (the web server included) is stopped: the server still answers,
/// so an activity that arrives now gets a 503 to send again instead of a refused connection, and the turns in
/// flight still have their connector, storage and schedulers. Then the marks of delivered replies still waiting
/// for their write are written (<see cref="DeliveredMarks"/>), so the next process does not send them again.
/// </summary>
public sealed class TurnDrainService(TurnGate gate, DeliveredMarks marks, ILogger<TurnDrainService> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        BotFrameworkLog.Draining(logger, gate.InFlight);
        try
        {
            await gate.CloseAsync(cancellationToken);
            BotFrameworkLog.Drained(logger);
            await marks.FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown window is over; it stops what is left.
            BotFrameworkLog.DrainTimedOut(logger, gate.InFlight);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
