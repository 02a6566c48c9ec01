using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Tests.Fakes;
using RunnersKnee.BotFramework.Tests.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Turns;

public sealed class DuplicateActivityTests
{
    [Fact]
    public async Task ProcessActivityAsync_SameIdDeliveredTwice_BotRunsOnceAndRepliesOnce()
    {
        var bot = Replying();
        var harness = new TurnHarness(bot);

        var first = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1485983408511"), CancellationToken.None);
        var writesAfterFirst = harness.Storage.Writes;
        var second = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1485983408511"), CancellationToken.None);

        Assert.Equal(200, first.Status);
        Assert.Equal(200, second.Status);
        Assert.Equal(1, bot.Calls);
        Assert.Single(harness.Connector.SentTexts);
        Assert.Equal(writesAfterFirst, harness.Storage.Writes);
    }

    [Fact]
    public async Task ProcessActivityAsync_DifferentIds_BothRun()
    {
        var bot = Replying();
        var harness = new TurnHarness(bot);

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("2"), CancellationToken.None);

        Assert.Equal(2, bot.Calls);
    }

    [Fact]
    public async Task ProcessActivityAsync_PersonScope_SameIdInTwoConversationsOfOnePerson_BothRunAndARedeliveryDoesNot()
    {
        var bot = Replying();
        var harness = new TurnHarness(bot, new TurnOptions { StateScope = StateScope.User });

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1", conversationId: "a:first"), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1", conversationId: "a:second"), CancellationToken.None);
        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1", conversationId: "a:second"), CancellationToken.None);

        Assert.Equal(2, bot.Calls);
        Assert.Equal(["write:msteams/people/29:user"], harness.Log.Events.Where(e => e.StartsWith("write:", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public async Task ProcessActivityAsync_InvokeRedelivered_AnswersTheCopyWith200AndEmptyBody()
    {
        var bot = new DelegateBot((turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(200, BotJson.ToElement(new { statusCode = 200 }));
            return Task.CompletedTask;
        });
        var harness = new TurnHarness(bot);
        var invoke = RealPayloads.Activity(RealPayloads.TeamsInvokeAdaptiveCardAction);

        await harness.Adapter.ProcessActivityAsync(invoke, CancellationToken.None);
        var copy = await harness.Adapter.ProcessActivityAsync(RealPayloads.Activity(RealPayloads.TeamsInvokeAdaptiveCardAction), CancellationToken.None);

        Assert.Equal(1, bot.Calls);
        Assert.Equal(200, copy.Status);
        WireJson.AssertEquivalent(new JsonObject(), JsonNode.Parse(copy.Body!.Value.GetRawText())!);
    }

    [Fact]
    public async Task ProcessActivityAsync_SameIdConcurrentlyOnOneInstance_BotRunsOnce()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = new DelegateBot(async (turn, ct) =>
        {
            entered.TrySetResult();
            await release.Task;
            await turn.SendActivityAsync(new Activity { Text = "reply" }, ct);
        });
        var harness = new TurnHarness(bot);

        var first = harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, bot.Calls);
        Assert.Equal(["reply"], harness.Connector.SentTexts);
    }

    [Fact]
    public async Task ProcessActivityAsync_SameIdOnTwoInstancesAtOnce_OnlyOneReplyIsDelivered()
    {
        var log = new EventLog();
        var storage = new RecordingStorage(log);
        var bothEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = 0;
        var bot = new DelegateBot(async (turn, ct) =>
        {
            if (Interlocked.Increment(ref entered) == 2)
            {
                bothEntered.SetResult();
            }

            await release.Task;
            await turn.SendActivityAsync(new Activity { Text = "reply" }, ct);
        });
        var instanceA = new TurnHarness(bot, sharedStorage: storage, log: log);
        var instanceB = new TurnHarness(bot, sharedStorage: storage, log: log);

        var onA = instanceA.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        var onB = instanceB.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);
        await bothEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();
        var results = await Task.WhenAll(onA, onB).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(results, r => Assert.Equal(200, r.Status));
        Assert.Single(instanceA.Connector.SentTexts.Concat(instanceB.Connector.SentTexts));
        Assert.Empty(instanceA.ErrorHandler.Exceptions.Concat(instanceB.ErrorHandler.Exceptions));
    }

    private static DelegateBot Replying() => new((turn, ct) => turn.SendActivityAsync(new Activity { Text = "reply" }, ct));
}
