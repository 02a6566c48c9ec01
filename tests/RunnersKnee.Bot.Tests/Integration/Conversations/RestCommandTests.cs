using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>Every command during a rest between exercises' sets: here after Side Steps right side, set 1.</summary>
public sealed class RestCommandTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Upcoming = "Exercise 1 of 8 · Left side · Set 2 of 3";

    [Theory]
    [InlineData("what's next", "Now: a rest between sets of Side Steps.|Next: Side Steps (" + Upcoming + ")|8 exercises and 32 sets left in total", Shown.NoCard)]
    [InlineData("where am i", "Now: a rest between sets of Side Steps.", Shown.NoCard)]
    [InlineData("how many left", "This exercise has 4 sets left; 7 more exercises after it.|8 exercises and 32 sets left in total", Shown.NoCard)]
    [InlineData("repeat", "Rest|Next: Side Steps (" + Upcoming + ")", Shown.RestCard)]
    [InlineData("skip", "Skipped Side Steps.|Exercise 2 of 8 · Set 1 of 3", Shown.SetCard)]
    [InlineData("back", "Going back to Side Steps (Exercise 1 of 8 · Right side · Set 1 of 3)", Shown.SetCard)]
    [InlineData("pause", "Paused at " + Upcoming, Shown.PausedCard)]
    [InlineData("resume", "We're not paused. Here's where you are.", Shown.RestCard)]
    [InlineData("stop", "Workout stopped.|Workout summary", Shown.Summary)]
    [InlineData("start over", "OK, let's start again from the beginning.", Shown.FirstQuestion)]
    [InlineData("help", "What you can say|You're in the workout: " + Upcoming, Shown.NoCard)]
    [InlineData("easier", "Switched to the easier version of Side Steps|5–10 feet × 3 each side", Shown.RestCard)]
    [InlineData("done", Upcoming, Shown.SetCard)]
    public async Task Command_DuringRest_IsAnsweredForTheRest(string command, string replies, Shown shown)
    {
        var person = await RestingAsync();

        await person.SayAsync(command);

        Assert.All(replies.Split('|'), reply => Assert.Contains(reply, person.LastText));
        ShownAssert.Ends(person, shown);
    }

    [Fact]
    public async Task PauseThenResume_DuringRest_GivesTheRestBack()
    {
        var person = await RestingAsync();
        await person.ClickAsync("Pause");

        await person.SayAsync("resume");

        Assert.Contains("Resumed. Here's where you were.", person.LastText);
        Assert.Contains(Upcoming, person.LastText);
        ShownAssert.Ends(person, Shown.RestCard);
    }

    [Fact]
    public async Task MoreRest_AndSkipRest_FromTheCountdown_ExtendThenEndTheRest()
    {
        var person = await RestingAsync();
        var before = person.LastTimers.Single();

        await person.ClickAsync("+15 s");

        Assert.Contains("15 more seconds of rest.", person.LastText);
        var after = person.LastTimers.Single();
        Assert.Equal(
            before["phases"]![0]!["durationMs"]!.GetValue<long>() + 15_000,
            after["phases"]![0]!["durationMs"]!.GetValue<long>());
        await person.ClickAsync("Skip rest");
        ShownAssert.Ends(person, Shown.SetCard);
        Assert.Contains(Upcoming, person.LastText);
    }

    [Fact]
    public async Task SkipRest_Typed_MidSet_DoesNotFinishTheSet()
    {
        var person = await RestingAsync();
        await person.ClickAsync("Skip rest");

        await person.SayAsync("skip rest");

        Assert.Contains("There's no rest running.", person.LastText);
        ShownAssert.Ends(person, Shown.SetCard);
        await person.SayAsync("how many left");
        Assert.Contains("8 exercises and 32 sets left in total", person.LastText);
    }

    [Fact]
    public async Task Back_DuringRest_RedoesTheSetJustDoneWithoutCountingItTwice()
    {
        var person = await RestingAsync();

        await person.SayAsync("back");
        await person.SayAsync("how many left");

        Assert.Contains("8 exercises and 33 sets left in total", person.LastText);
        await person.SayAsync("stop");
        Assert.Equal("Partly done (1 of 6 sets)", person.Summary!["Side Steps"]);
    }

    [Fact]
    public async Task Skip_DuringRest_ListsTheExerciseAsSkippedInTheSummary()
    {
        var person = await RestingAsync();

        await person.SayAsync("skip");
        await person.SayAsync("stop");

        Assert.Equal("Partly done (2 of 6 sets)", person.Summary!["Side Steps"]);
    }

    /// <summary>Started, two sets done: resting before the left side's second set.</summary>
    private async Task<ConversationDriver> RestingAsync()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.ClickAsync("Done set");
        await person.ClickAsync("Done set");
        await person.ClickAsync("Done set");
        ShownAssert.Ends(person, Shown.RestCard);
        Assert.Contains(Upcoming, person.LastText);
        return person;
    }
}
