using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Scheduling;

/// <summary>
/// A rest that ends while the app is down still ends: the first app schedules it (its clock is frozen, so it never
/// fires there) and stops; a second app on the same timers folder and state files delivers it once, on time.
/// </summary>
public sealed class DurableTimerTests : IAsyncLifetime
{
    private readonly string _timers = CoachHarness.NewTempDirectory("rk-timers-");
    private readonly string _state = CoachHarness.NewTempDirectory("rk-state-");
    private LoopbackConnector? _connector;

    private Dictionary<string, string?> Settings => new()
    {
        ["Storage:Provider"] = "File",
        ["Storage:File:Directory"] = _state,
        ["Timers:RestSeconds"] = "5",
        ["Timers:RestOverGraceSeconds"] = "0",
    };

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector!.DisposeAsync();
        CoachHarness.DeleteDirectory(_timers);
        CoachHarness.DeleteDirectory(_state);
    }

    [Fact]
    public async Task RestOver_AppRestartedBeforeItWasDue_DeliveredOnceByTheNextApp()
    {
        string conversationId;
        await using (var first = await CoachHarness.StartAsync(new FakeTimeProvider(TimeProvider.System.GetUtcNow()), Settings, _timers, connector: _connector))
        {
            var person = first.NewPerson();
            await CoachHarness.StartWorkoutAsync(person);
            await person.SayAsync("done");
            Assert.True(person.ShowsRestCard, person.LastText);
            conversationId = person.ConversationId;
        }

        Assert.Single(Directory.GetFiles(_timers, "*.json"));
        var before = _connector!.SentActivities(conversationId).Count;

        await using var second = await CoachHarness.StartAsync(settings: Settings, timersDirectory: _timers, connector: _connector);

        var sent = await _connector.WaitForActivitiesAsync(before + 2, TimeSpan.FromSeconds(30), conversationId);
        await Poll.UntilAsync(() => second.PendingTimerFiles().Length == 0, "the delivered event's file to be deleted");
        Assert.StartsWith("Rest is over", sent[before].Text, StringComparison.Ordinal);
        Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", string.Join("\n", ConversationDriver.TextsOf(sent[before + 1])), StringComparison.Ordinal);
        Assert.Equal(1, _connector.SentActivities(conversationId).Count(a => a.Text?.StartsWith("Rest is over", StringComparison.Ordinal) == true));

        // The state came through the restart too: the person carries on from the set the message announced.
        var person2 = second.NewPerson(conversationId: conversationId);
        await person2.PostAsync(new Activity { Id = "after-restart-1", Type = ActivityTypes.Message, Text = "where am i" });
        Assert.Contains("Now: Side Steps, Exercise 1 of 8 · Right side · Set 1 of 3", person2.LastText, StringComparison.Ordinal);
        Assert.Equal(before + 3, _connector.SentActivities(conversationId).Count);
    }
}
