using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Bot.Tests.Integration.Scheduling;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Reminders;

/// <summary>
/// The app restarts between planning and sending: the first app plans (its clock stands still, so nothing fires
/// there) and stops; a second app on the same stores sends the message once, on time. The local file scheduler
/// carries the morning check; the Azure Queue scheduler (Azurite, with Blob state) carries a reminder.
/// </summary>
public sealed class ReminderRestartTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly string _timers = CoachHarness.NewTempDirectory("rk-timers-");
    private readonly string _state = CoachHarness.NewTempDirectory("rk-state-");
    private readonly string _id = Guid.NewGuid().ToString("N")[..12];
    private LoopbackConnector? _connector;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector!.DisposeAsync();
        CoachHarness.DeleteDirectory(_timers);
        CoachHarness.DeleteDirectory(_state);
    }

    [Fact]
    public async Task NextMorningCheck_FileScheduler_AppRestartedBeforeItWasDue_SentOnceByTheNextApp()
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "File", ["Storage:File:Directory"] = _state };
        string conversationId;
        await using (var first = await CoachHarness.StartAsync(new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 17, 0, 0, TimeSpan.Zero)), settings, _timers, connector: _connector))
        {
            var person = first.NewPerson();
            person.LocalTimezone = "Europe/London";
            await CoachHarness.StartWorkoutAsync(person);
            await person.SayAsync("done");
            await person.SayAsync("stop");
            Assert.Contains("I'll check in tomorrow at 08:00", person.LastText, StringComparison.Ordinal);
            Assert.Single(ProactiveMessages.Pending(first, DueEventNames.NextMorningCheck));
            conversationId = person.ConversationId;
        }

        await using var second = await CoachHarness.StartAsync(new FakeTimeProvider(new DateTimeOffset(2026, 6, 11, 6, 59, 0, TimeSpan.Zero)), settings, _timers, connector: _connector);
        var again = second.NewPerson(conversationId: conversationId);

        await ProactiveMessages.NothingNewAsync(second, again, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 6, 59, 50, TimeSpan.Zero));
        await ProactiveMessages.ArrivesAsync(second, again, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 11, 7, 0, 1, TimeSpan.Zero));
        await Poll.UntilAsync(() => second.PendingTimerFiles().Length == 0, "the sent check's file to be deleted");
        await ProactiveMessages.NothingNewAsync(second, again, ProactiveMessages.MorningQuestion, new DateTimeOffset(2026, 6, 13, 7, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Reminder_QueueScheduler_AppRestartedBeforeItWasDue_SentOnceByTheNextApp()
    {
        var settings = QueueSchedulerTests.QueueSettings(azurite.Server.ConnectionString, _id);

        // 18:59:55 in London: the reminder at 19:00 is due five seconds later, which the queue counts in real time.
        string conversationId;
        await using (var first = await CoachHarness.StartAsync(new FakeTimeProvider(new DateTimeOffset(2026, 6, 8, 17, 59, 55, TimeSpan.Zero)), settings, connector: _connector))
        {
            var person = first.NewPerson();
            person.LocalTimezone = "Europe/London";
            await person.JoinAsync();
            await person.SayAsync("remind me every day at 7pm");
            Assert.Contains("Done: I'll remind you every day at 19:00", person.LastText, StringComparison.Ordinal);
            conversationId = person.ConversationId;
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 8, 18, 0, 30, TimeSpan.Zero));
        await using var second = await CoachHarness.StartAsync(clock, settings, connector: _connector);
        var again = second.NewPerson(conversationId: conversationId);
        using var ticking = new CancellationTokenSource();
        var ticks = TickAsync(clock, ticking.Token);

        await Poll.UntilAsync(() => ProactiveMessages.Count(second, again, ProactiveMessages.Reminder) > 0, "the reminder from the queue", TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await ticking.CancelAsync();
        await ticks;

        Assert.Equal(1, ProactiveMessages.Count(second, again, ProactiveMessages.Reminder));
    }

    /// <summary>The queue scheduler polls on the app's clock: a stopped fake clock would never poll again.</summary>
    private static async Task TickAsync(FakeTimeProvider clock, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            try
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
