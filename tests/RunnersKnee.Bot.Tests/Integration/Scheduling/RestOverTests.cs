using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Scheduling;

/// <summary>
/// The durable "rest over" and "resume reminder" events of the embedded scheduler, on the running app with a fake
/// clock: they fire once when due, and moving on (skip, stop, continuing early) leaves nothing to fire.
/// Side Steps is the exercise: its first "Done set" starts a 45 s rest, whose message is due 10 s after it ends.
/// </summary>
public sealed class RestOverTests
{
    private const string RestIsOver = "Rest is over";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task RestOver_ClockPassesRestAndGrace_SendsRestIsOverOnceThenTheNextSetCard()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = await RestAfterFirstSetAsync(harness);
        var before = harness.Connector.SentActivities(person.ConversationId).Count;

        harness.Clock!.Advance(TimeSpan.FromSeconds(55));

        var sent = await harness.Connector.WaitForActivitiesAsync(before + 2, conversationId: person.ConversationId);
        await Poll.UntilAsync(() => harness.PendingTimerFiles().Length == 0, "the delivered event's file to be deleted");
        Assert.StartsWith(RestIsOver, sent[before].Text, StringComparison.Ordinal);
        Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", string.Join("\n", ConversationDriver.TextsOf(sent[before + 1])), StringComparison.Ordinal);
        Assert.Single(RestIsOverMessages(harness, person));
    }

    [Fact]
    public async Task MemoryStore_ByDefault_KeepsEventsInMemory_RestStillEndsAndMovingOnCancelsIt()
    {
        // The memory store forgets the conversation at a restart, so its events are not written to files.
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start), new Dictionary<string, string?> { ["Timers:Local:KeepFiles"] = null });
        var scheduler = harness.App.Services.GetRequiredService<LocalDueEventScheduler>();
        var resting = await RestAfterFirstSetAsync(harness);
        var movingOn = await RestAfterFirstSetAsync(harness);
        Assert.Equal(2, scheduler.PendingCount);
        Assert.Empty(Directory.GetFiles(harness.TimersDirectory));

        await movingOn.SayAsync("skip");
        Assert.Equal(1, scheduler.PendingCount);
        var before = harness.Connector.SentActivities(resting.ConversationId).Count;
        harness.Clock!.Advance(TimeSpan.FromSeconds(55));

        var sent = await harness.Connector.WaitForActivitiesAsync(before + 2, conversationId: resting.ConversationId);
        Assert.StartsWith(RestIsOver, sent[before].Text, StringComparison.Ordinal);
        Assert.Single(RestIsOverMessages(harness, resting));
        await Poll.UntilAsync(() => scheduler.PendingCount == 0, "the delivered event to be dropped");
        Assert.Empty(RestIsOverMessages(harness, movingOn));
        Assert.Empty(Directory.GetFiles(harness.TimersDirectory));
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("stop")]
    [InlineData("done")]
    [InlineData("pause")]
    public async Task MovingOn_WhileResting_CancelsTheRestOverEvent(string command)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var scheduler = harness.App.Services.GetRequiredService<LocalDueEventScheduler>();
        var person = await RestAfterFirstSetAsync(harness);
        var restOver = Assert.Single(harness.PendingTimerFiles());

        await person.SayAsync(command);

        Assert.False(File.Exists(restOver), "The rest-over event is still kept on disk.");
        // What stays: a pause's resume reminder; after "stop", the morning check of the session (a set was done).
        Assert.Equal(command is "pause" or "stop" ? 1 : 0, scheduler.PendingCount);
        harness.Clock!.Advance(TimeSpan.FromSeconds(60));
        await person.SayAsync("where am i");
        Assert.Empty(RestIsOverMessages(harness, person));
    }

    [Fact]
    public async Task ChannelSaysTheBotWasRemoved_TheRestOverIsCancelledAndNothingMoreIsSent()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = await RestAfterFirstSetAsync(harness);
        Assert.Single(harness.PendingTimerFiles());
        harness.Connector.Respond(System.Net.HttpStatusCode.Forbidden, body: """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");

        await person.SayAsync("where am i");

        await Poll.UntilAsync(() => harness.PendingTimerFiles().Length == 0, "the removed conversation's rest-over to be cancelled");
        var sent = harness.Connector.SentActivities(person.ConversationId).Count;
        harness.Clock!.Advance(TimeSpan.FromSeconds(120));
        await Task.Delay(200);
        Assert.Equal(sent, harness.Connector.SentActivities(person.ConversationId).Count);
    }

    [Fact]
    public async Task RestOver_PersonContinuedBeforeTheRestEnded_StaleEventSendsNothing()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var scheduler = harness.App.Services.GetRequiredService<LocalDueEventScheduler>();
        var person = await RestAfterFirstSetAsync(harness);
        var stale = JsonSerializer.Deserialize<DueEvent>(File.ReadAllBytes(Assert.Single(harness.PendingTimerFiles())), BotJson.Options)!;
        await person.SayAsync("done");
        Assert.Contains("Right side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
        var before = harness.Connector.SentActivities(person.ConversationId).Count;

        // As if the cancel had been lost (a crash between the turn and the delete, or a queue message in flight).
        await scheduler.ScheduleAsync(stale, CancellationToken.None);
        harness.Clock!.Advance(TimeSpan.FromSeconds(55));

        await Poll.UntilAsync(() => harness.PendingTimerFiles().Length == 0, "the stale event to be handled and deleted");
        Assert.Equal(before, harness.Connector.SentActivities(person.ConversationId).Count);
        await person.SayAsync("where am i");
        Assert.Contains("Right side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeReminder_PausedForTwoHours_RemindsOnceWithThePosition()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        await CoachHarness.StartWorkoutAsync(person);
        await person.SayAsync("pause");
        var before = harness.Connector.SentActivities(person.ConversationId).Count;

        harness.Clock!.Advance(TimeSpan.FromHours(2));

        var sent = await harness.Connector.WaitForActivitiesAsync(before + 1, conversationId: person.ConversationId);
        await Poll.UntilAsync(() => harness.PendingTimerFiles().Length == 0, "the reminder's file to be deleted");
        Assert.Equal(
            "Your workout is still paused at Exercise 1 of 8 · Left side · Set 1 of 3. Say \"resume\" when you're ready.",
            sent[before].Text);
        Assert.Equal(before + 1, harness.Connector.SentActivities(person.ConversationId).Count);
    }

    /// <summary>Starts the workout and finishes the first set of Side Steps: resting, with the rest-over event pending.</summary>
    private static async Task<ConversationDriver> RestAfterFirstSetAsync(CoachHarness harness)
    {
        var person = harness.NewPerson();
        await CoachHarness.StartWorkoutAsync(person);
        await person.SayAsync("done");
        Assert.True(person.ShowsRestCard, person.LastText);
        return person;
    }

    private static List<Activity> RestIsOverMessages(CoachHarness harness, ConversationDriver person) =>
        [.. harness.Connector.SentActivities(person.ConversationId).Where(a => a.Text?.StartsWith(RestIsOver, StringComparison.Ordinal) == true)];
}
