using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// The coach keeps its data per person: a new conversation of the same person (a reloaded web page, a new chat)
/// continues their workout at the exact set, and two people in one conversation never share an intake or a workout.
/// </summary>
public sealed class PersonAcrossConversationsTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Fact]
    public async Task NewConversation_SamePersonMidWorkout_WelcomesBackPausedAndResumesAtTheExactSet()
    {
        var userId = "runner-" + Guid.NewGuid().ToString("N")[..8];
        var before = new ConversationDriver(app.Client, app.Connector, userId: userId);
        await before.StartWorkoutAsync();
        await before.SayAsync("skip");
        await before.ClickAsync("Done set");
        await before.ClickAsync("Done set");
        Assert.Contains("Exercise 2 of 8 · Set 2 of 3", before.LastText);

        var after = new ConversationDriver(app.Client, app.Connector, userId: userId);
        await after.JoinAsync();

        Assert.Contains("Welcome back. I kept your workout exactly where you left it.", after.LastText);
        Assert.Contains("Paused at Exercise 2 of 8 · Set 2 of 3", after.LastText);
        Assert.DoesNotContain("Hi, I'm Runner's Knee Coach", after.LastText);
        Assert.DoesNotContain("privacy", after.LastText, StringComparison.OrdinalIgnoreCase);
        await after.SayAsync("resume");
        Assert.Contains("Exercise 2 of 8 · Set 2 of 3", after.LastText);
        Assert.True(after.ShowsSetCard);
        await after.ClickAsync("Done set");
        await after.SayAsync("stop");
        Assert.Equal("Partly done (2 of 3 sets)", after.Summary!["Banded Side Clams"]);
        Assert.Equal("Skipped", after.Summary["Side Steps"]);
    }

    [Fact]
    public async Task NewConversation_SamePersonResting_TheOldConversationsRestTimerIsCancelled()
    {
        var userId = "runner-" + Guid.NewGuid().ToString("N")[..8];
        var before = new ConversationDriver(app.Client, app.Connector, userId: userId);
        await before.StartWorkoutAsync();
        await before.ClickAsync("Done set");
        Assert.Contains(app.PendingTimerKeys(), key => key.Contains(userId, StringComparison.Ordinal) && key.EndsWith("/rest-over", StringComparison.Ordinal));

        var after = new ConversationDriver(app.Client, app.Connector, userId: userId);
        await after.JoinAsync();

        Assert.Contains("Paused at Exercise 1 of 8 · Right side · Set 1 of 3", after.LastText);
        Assert.DoesNotContain(app.PendingTimerKeys(), key => key.Contains(userId, StringComparison.Ordinal) && key.EndsWith("/rest-over", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewConversation_PersonWithNoWorkout_GetsTheOrdinaryWelcome()
    {
        var userId = "runner-" + Guid.NewGuid().ToString("N")[..8];
        var before = new ConversationDriver(app.Client, app.Connector, userId: userId);
        await before.JoinAsync();
        await before.SayAsync("hi");

        var after = new ConversationDriver(app.Client, app.Connector, userId: userId);
        await after.JoinAsync();

        Assert.Contains("Hi, I'm Runner's Knee Coach", after.LastText);
        Assert.DoesNotContain("Welcome back", after.LastText);
    }

    [Fact]
    public async Task OneConversation_TwoPeople_EachHasTheirOwnIntakeAndWorkout()
    {
        var conversationId = "group-" + Guid.NewGuid().ToString("N")[..8];
        var first = new ConversationDriver(app.Client, app.Connector, conversationId: conversationId, userId: "first-" + conversationId);
        var second = new ConversationDriver(app.Client, app.Connector, conversationId: conversationId, userId: "second-" + conversationId);
        await first.StartWorkoutAsync();

        await second.SayAsync("what's next");

        Assert.DoesNotContain("Exercise 1 of 8", second.LastText);
        Assert.False(second.ShowsSetCard);
        await first.SayAsync("what's next");
        Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", first.LastText);
    }
}
