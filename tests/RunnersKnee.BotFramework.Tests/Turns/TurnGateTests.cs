using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Tests.Fakes;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Turns;

/// <summary>Shutdown's drain: the gate waits for the turns in flight, then the adapter starts none.</summary>
public sealed class TurnGateTests
{
    [Fact]
    public async Task CloseAsync_NothingInFlight_CompletesAtOnce()
    {
        var gate = new TurnGate();

        await gate.CloseAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(gate.IsClosed);
        Assert.Null(gate.TryEnter());
    }

    [Fact]
    public async Task CloseAsync_TurnInFlight_CompletesOnlyWhenItsPassIsReturned()
    {
        var gate = new TurnGate();
        var pass = gate.TryEnter()!;

        var closing = gate.CloseAsync(CancellationToken.None);
        await Task.Delay(50);
        var doneBeforeRelease = closing.IsCompleted;
        pass.Dispose();
        pass.Dispose();
        await closing.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(doneBeforeRelease);
        Assert.Equal(0, gate.InFlight);
    }

    [Fact]
    public async Task CloseAsync_WindowEnds_StopsWaitingWithTheTurnStillCounted()
    {
        var gate = new TurnGate();
        using var pass = gate.TryEnter();
        using var window = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.CloseAsync(window.Token));

        Assert.Equal(1, gate.InFlight);
    }

    [Fact]
    public async Task ProcessActivityAsync_GateClosed_RunsNothingAndAsksForTheActivityAgain()
    {
        var bot = new DelegateBot();
        var harness = new TurnHarness(bot);
        await harness.Gate.CloseAsync(CancellationToken.None);

        var result = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("m1"), CancellationToken.None);

        Assert.True(result.IsShuttingDown);
        Assert.Equal(503, result.Status);
        Assert.Equal(0, bot.Calls);
        Assert.Empty(harness.Connector.Delivered);
    }

    [Fact]
    public async Task CloseAsync_TurnRunning_WaitsUntilItsRepliesAreDelivered()
    {
        var replying = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "one" }, ct);
            replying.SetResult();
            await release.Task;
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "two" }, ct);
        });
        var harness = new TurnHarness(bot);

        var turn = harness.Adapter.ProcessActivityAsync(TestActivities.Message("m1"), CancellationToken.None);
        await replying.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var closing = harness.Gate.CloseAsync(CancellationToken.None);
        var closedEarly = closing.IsCompleted;
        release.SetResult();
        await turn.WaitAsync(TimeSpan.FromSeconds(5));
        await closing.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(closedEarly);
        Assert.Equal(2, harness.Connector.Delivered.Count);
    }
}
