using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Tests.Fakes;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Turns;

public sealed class BotAdapterTurnTests
{
    private static readonly string ConversationKey = ConversationState.KeyFor(Channels.MsTeams, "a:conversation-1");

    [Fact]
    public async Task ProcessActivityAsync_BotReplies_DeliversOnlyAfterTheStateIsWritten()
    {
        var harness = CountingHarness();

        var result = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);

        Assert.Equal(200, result.Status);
        Assert.Equal(["count=1"], harness.Connector.SentTexts);
        Assert.Equal(1, harness.Storage.Reads);
        Assert.Equal(1, harness.Storage.Writes);
        var write = harness.Log.IndexOf("write:");
        var send = harness.Log.IndexOf("send:count=1");
        Assert.InRange(write, 0, send - 1);
    }

    [Fact]
    public async Task ProcessActivityAsync_AnotherInstanceWroteFirst_RerunsOnFreshStateAndDeliversOnlyTheRerun()
    {
        var harness = CountingHarness();
        var interfered = 0;
        harness.Storage.BeforeWriteAsync = async () =>
        {
            if (Interlocked.Exchange(ref interfered, 1) == 0)
            {
                await WriteCountAsync(harness.Storage, 10);
            }
        };

        var result = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);

        Assert.Equal(200, result.Status);
        Assert.Equal(["count=11"], harness.Connector.SentTexts);
        Assert.Empty(harness.ErrorHandler.Exceptions);
        Assert.Equal(11, await ReadCountAsync(harness));
    }

    [Fact]
    public async Task ProcessActivityAsync_EveryAttemptLosesTheRace_ErrorHandlerRunsOnceAndTurnReturns503()
    {
        var bot = new DelegateBot((turn, ct) => turn.SendActivityAsync(new Activity { Text = "reply" }, ct));
        var harness = new TurnHarness(bot, new TurnOptions { MaxAttempts = 3 });
        harness.Storage.BeforeWriteAsync = () => WriteCountAsync(harness.Storage, 10);

        var result = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);

        Assert.Equal(503, result.Status);
        Assert.Equal(3, bot.Calls);
        Assert.IsType<StorageConflictException>(Assert.Single(harness.ErrorHandler.Exceptions));
        Assert.Equal([RecordingErrorHandler.Apology], harness.Connector.SentTexts);
    }

    [Fact]
    public async Task ProcessActivityAsync_BotThrows_ErrorHandlerRunsOnceAndOnlyItsMessageIsDelivered()
    {
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(new Activity { Text = "set 1 of 3 done" }, ct);
            await turn.UpdateActivityAsync(new Activity { Id = "card-1", Text = "updated card" }, ct);
            throw new InvalidOperationException("bug");
        });
        var harness = new TurnHarness(bot);

        var result = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);

        Assert.Equal(200, result.Status);
        Assert.IsType<InvalidOperationException>(Assert.Single(harness.ErrorHandler.Exceptions));
        var delivered = Assert.Single(harness.Connector.Delivered);
        Assert.Equal(RecordingErrorHandler.Apology, delivered.Activity.Text);
        Assert.Equal(0, harness.Storage.Writes);
    }

    [Fact]
    public async Task ProcessActivityAsync_StorageCannotBeRead_Returns503AndApologises()
    {
        var bot = new DelegateBot();
        var harness = new TurnHarness(bot);
        harness.Storage.ReadFailure = new StorageUnavailableException("down");

        var result = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);

        Assert.Equal(503, result.Status);
        Assert.Equal(0, bot.Calls);
        Assert.IsType<StorageUnavailableException>(Assert.Single(harness.ErrorHandler.Exceptions));
        Assert.Equal([RecordingErrorHandler.Apology], harness.Connector.SentTexts);
    }

    [Fact]
    public async Task ProcessActivityAsync_StorageCannotBeWritten_Returns503AndDropsTheTurnsReplies()
    {
        var harness = CountingHarness();
        harness.Storage.FailNextWriteWith(new StorageUnavailableException("down"));

        var result = await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1"), CancellationToken.None);

        Assert.Equal(503, result.Status);
        Assert.Single(harness.ErrorHandler.Exceptions);
        Assert.Equal([RecordingErrorHandler.Apology], harness.Connector.SentTexts);
    }

    [Fact]
    public async Task ProcessActivityAsync_ReplyToAMessage_IsAddressedBackToTheSender()
    {
        var harness = CountingHarness();

        await harness.Adapter.ProcessActivityAsync(TestActivities.Message("1485983408511"), CancellationToken.None);

        var reply = Assert.Single(harness.Connector.Delivered).Activity;
        Assert.Equal("a:conversation-1", reply.Conversation!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("1485983408511", reply.ReplyToId);
        Assert.Equal(TestActivities.ServiceUrl, reply.ServiceUrl);
    }

    private static TurnHarness CountingHarness()
    {
        TurnHarness? harness = null;
        var bot = new DelegateBot(async (turn, ct) =>
        {
            var count = harness!.ConversationState.CreateProperty<int>("count");
            var value = await count.GetAsync(turn, () => 0, ct) + 1;
            await count.SetAsync(turn, value, ct);
            await turn.SendActivityAsync(new Activity { Text = $"count={value}" }, ct);
        });
        harness = new TurnHarness(bot);
        return harness;
    }

    private static Task WriteCountAsync(RecordingStorage storage, int count) =>
        storage.Inner.WriteAsync(
            new Dictionary<string, StoreItem> { [ConversationKey] = new(BinaryData.FromString($$"""{"count":{{count}}}"""), StoreItem.AnyETag) },
            CancellationToken.None);

    private static async Task<int> ReadCountAsync(TurnHarness harness)
    {
        var turn = new TurnContext(TestActivities.Message("probe"));
        return await harness.ConversationState.CreateProperty<int>("count").GetAsync(turn, () => -1, CancellationToken.None);
    }
}
