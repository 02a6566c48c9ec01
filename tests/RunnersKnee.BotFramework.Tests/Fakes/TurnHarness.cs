using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.Testing;

namespace RunnersKnee.BotFramework.Tests.Fakes;

/// <summary>
/// A <see cref="BotAdapter"/> wired as the host wires it (auto-save outside duplicate detection, then the bot),
/// over fakes. Several harnesses can share one storage to play several instances of the app.
/// </summary>
public sealed class TurnHarness
{
    public TurnHarness(IBot bot, TurnOptions? options = null, RecordingStorage? sharedStorage = null, EventLog? log = null)
    {
        Log = log ?? new EventLog();
        Storage = sharedStorage ?? new RecordingStorage(Log);
        Connector = new RecordingConnector(Log);
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        var turnOptions = Options.Create(options ?? new TurnOptions());
        PrimaryState = new PrimaryState(Storage, turnOptions);
        var documents = new KeyedAsyncLock();
        var marks = new DeliveredMarks(Storage, documents, turnOptions, Time, NullLogger<DeliveredMarks>.Instance);
        Adapter = new BotAdapter(
            bot,
            [
                new AutoSaveStateMiddleware(PrimaryState, ConversationState, UserState),
                new DuplicateActivityMiddleware(PrimaryState, Time, turnOptions, NullLogger<DuplicateActivityMiddleware>.Instance),
            ],
            ErrorHandler,
            new TurnDelivery(Connector, PrimaryState, Storage, marks, new ReplySender(turnOptions), new NoDeliveryRetryScheduler(), new NoBotRemovedHandler(), turnOptions, Time, NullLogger<TurnDelivery>.Instance),
            turnOptions,
            TestTelemetry.Turns(),
            Gate,
            documents,
            NullLogger<BotAdapter>.Instance);
    }

    public TurnGate Gate { get; } = new();

    public EventLog Log { get; }

    public RecordingStorage Storage { get; }

    public RecordingConnector Connector { get; }

    public RecordingErrorHandler ErrorHandler { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 7, 30, 0, TimeSpan.Zero));

    public PrimaryState PrimaryState { get; }

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public BotAdapter Adapter { get; }
}
