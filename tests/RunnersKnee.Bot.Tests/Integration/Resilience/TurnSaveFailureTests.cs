using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>
/// The adapter's promise when the end-of-turn save fails, with the real state middleware and error handler: a lost
/// race reruns the turn on fresh state and the person sees only the rerun's reply; a store that is down gets the
/// apology alone (none of the turn's own replies) and a 503, and nothing is written.
/// </summary>
public sealed class TurnSaveFailureTests
{
    private static readonly string Key = ConversationState.KeyFor("webchat", "c1");

    [Fact]
    public async Task ProcessActivity_SaveLosesARace_RerunsOnFreshStateAndSendsOneReply()
    {
        var storage = new MemoryStorage();
        await SeedAsync(storage, count: 40);
        var connectors = new RecordingConnectors();
        var bot = new CountingBot(new OtherInstanceWritesFirst(storage));

        var result = await bot.Adapter(connectors).ProcessActivityAsync(Message("m1"), default);

        Assert.Equal(200, result.Status);
        Assert.Equal(2, bot.Runs);
        Assert.Equal(["count is 42"], connectors.Sent.Select(reply => reply.Text));
        Assert.Equal(42, await ReadCountAsync(storage));
    }

    [Fact]
    public async Task ProcessActivity_StoreDownOnSave_SendsOnlyTheApologyAndWritesNothing()
    {
        var storage = new MemoryStorage();
        await SeedAsync(storage, count: 40);
        var connectors = new RecordingConnectors();
        var bot = new CountingBot(new WritesFail(storage));

        var result = await bot.Adapter(connectors).ProcessActivityAsync(Message("m1"), default);

        Assert.Equal(503, result.Status);
        Assert.Equal([new TextCatalog().Get("error.storage")], connectors.Sent.Select(reply => reply.Text));
        Assert.Equal(40, await ReadCountAsync(storage));
    }

    private static Activity Message(string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = "count",
        ChannelId = "webchat",
        ServiceUrl = "http://127.0.0.1/",
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot" },
    };

    private static Task SeedAsync(IStorage storage, int count) =>
        storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(BinaryData.FromString($$"""{"count":{{count}}}"""), null) }, default);

    private static async Task<int> ReadCountAsync(IStorage storage) =>
        JsonNode.Parse((await storage.ReadAsync([Key], default))[Key].Content.ToString())!["count"]!.GetValue<int>();

    /// <summary>A bot that counts its turns in its state document and says the new count.</summary>
    private sealed class CountingBot(IStorage storage) : IBot
    {
        private static readonly IOptions<TurnOptions> Options = Microsoft.Extensions.Options.Options.Create(new TurnOptions());
        private readonly PrimaryState _state = new(storage, Options);
        private IStatePropertyAccessor<int> Count => _state.CreateProperty<int>("count");
        private int _runs;

        public int Runs => _runs;

        public BotAdapter Adapter(RecordingConnectors connectors)
        {
            IMiddleware[] middleware =
            [
                new AutoSaveStateMiddleware(_state, new ConversationState(storage), new UserState(new MemoryStorage())),
                new DuplicateActivityMiddleware(_state, TimeProvider.System, Options, NullLogger<DuplicateActivityMiddleware>.Instance),
            ];
            var errors = new TurnErrorHandler(_state, new TextCatalog(), NullLogger<TurnErrorHandler>.Instance);
            var documents = new KeyedAsyncLock();
            var marks = new DeliveredMarks(storage, documents, Options, TimeProvider.System, NullLogger<DeliveredMarks>.Instance);
            var delivery = new TurnDelivery(connectors, _state, storage, marks, new ReplySender(Options), new NoDeliveryRetryScheduler(), new NoBotRemovedHandler(), Options, TimeProvider.System, NullLogger<TurnDelivery>.Instance);
            return new BotAdapter(this, middleware, errors, delivery, Options, TestTelemetry.Turns(), new TurnGate(), documents, NullLogger<BotAdapter>.Instance);
        }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            var count = await Count.GetAsync(turnContext, () => 0, cancellationToken) + 1;
            await Count.SetAsync(turnContext, count, cancellationToken);
            await turnContext.SendActivityAsync(new Activity { Text = $"count is {count}" }, cancellationToken);
        }
    }

    /// <summary>Before the first save lands, another instance's turn commits one more count to the same document.</summary>
    private sealed class OtherInstanceWritesFirst(IStorage inner) : IStorage
    {
        private int _interfered;

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.ReadAsync(keys, cancellationToken);

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _interfered, 1) == 0)
            {
                var current = (await inner.ReadAsync([Key], cancellationToken))[Key];
                var document = JsonNode.Parse(current.Content.ToString())!;
                document["count"] = document["count"]!.GetValue<int>() + 1;
                await inner.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(BinaryData.FromString(document.ToJsonString()), current.ETag) }, cancellationToken);
            }

            return await inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
    }

    /// <summary>Reads work; every write fails as an unreachable store does.</summary>
    private sealed class WritesFail(IStorage inner) : IStorage
    {
        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
            throw new StorageUnavailableException("The store is down.");

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            throw new StorageUnavailableException("The store is down.");
    }
}
