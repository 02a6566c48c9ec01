using RunnersKnee.BotFramework.Tests.Fakes;

namespace RunnersKnee.BotFramework.Tests.Turns;

public sealed class ConversationOrderingTests
{
    [Fact]
    public async Task ProcessActivityAsync_TwoActivitiesOfOneConversation_RunOneAfterTheOther()
    {
        var log = new EventLog();
        var firstEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new DelegateBot(async (turn, _) =>
        {
            log.Add("enter:" + turn.Activity.Id);
            if (turn.Activity.Id == "1")
            {
                firstEntered.SetResult();
                await release.Task;
            }

            log.Add("exit:" + turn.Activity.Id);
        });
        var harness = new TurnHarness(bot, log: log);

        var first = harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        await firstEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // Without the per-conversation lock this turn would run to the end right here (the fakes complete synchronously).
        var second = harness.Adapter.ProcessActivityAsync(TestActivities.Message("2"), CancellationToken.None);
        var startedEarly = log.Events.Contains("enter:2") || second.IsCompleted;
        release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(startedEarly, "The second activity ran while the first turn of its conversation was still running.");
        Assert.Equal(["enter:1", "exit:1", "enter:2", "exit:2"], log.Events.Where(e => e.StartsWith("enter", StringComparison.Ordinal) || e.StartsWith("exit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProcessActivityAsync_TwoConversations_RunAtTheSameTime()
    {
        var firstEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new DelegateBot(async (turn, _) =>
        {
            if (turn.Activity.Conversation!.Id == "a:slow")
            {
                firstEntered.SetResult();
                await release.Task;
            }
        });
        var harness = new TurnHarness(bot);

        var slow = harness.Adapter.ProcessActivityAsync(TestActivities.Message("1", conversationId: "a:slow"), CancellationToken.None);
        await firstEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var other = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1", conversationId: "a:other"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));
        var slowStillRunning = !slow.IsCompleted;
        release.SetResult();
        await slow.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, other.Status);
        Assert.True(slowStillRunning);
        Assert.Equal(2, bot.Calls);
    }
}
