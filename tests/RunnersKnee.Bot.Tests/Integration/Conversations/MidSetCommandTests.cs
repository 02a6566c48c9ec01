using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>Every command in the middle of a set: here the second set of the workout, Side Steps on the right.</summary>
public sealed class MidSetCommandTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Here = "Exercise 1 of 8 · Right side · Set 1 of 3";

    [Theory]
    [InlineData("what's next", "Now: Side Steps, " + Here + "|Next: Side Steps (Exercise 1 of 8 · Left side · Set 2 of 3)|8 exercises and 33 sets left in total", Shown.NoCard)]
    [InlineData("where am i", "Now: Side Steps, " + Here, Shown.NoCard)]
    [InlineData("how many left", "This exercise has 5 sets left; 7 more exercises after it.|8 exercises and 33 sets left in total", Shown.NoCard)]
    [InlineData("repeat", Here, Shown.SetCard)]
    [InlineData("skip", "Skipped Side Steps.|Exercise 2 of 8 · Set 1 of 3", Shown.SetCard)]
    [InlineData("back", "Going back to Side Steps (Exercise 1 of 8 · Left side · Set 1 of 3)", Shown.SetCard)]
    [InlineData("pause", "Paused at " + Here, Shown.PausedCard)]
    [InlineData("resume", "We're not paused. Here's where you are.|" + Here, Shown.SetCard)]
    [InlineData("stop", "Workout stopped.|Workout summary", Shown.Summary)]
    [InlineData("start over", "OK, let's start again from the beginning.", Shown.FirstQuestion)]
    [InlineData("help", "What you can say|You're in the workout: " + Here, Shown.NoCard)]
    [InlineData("easier", "Switched to the easier version of Side Steps|5–10 feet × 3 each side", Shown.SetCard)]
    [InlineData("done", "Set done.|Next: Side Steps (Exercise 1 of 8 · Left side · Set 2 of 3)", Shown.RestCard)]
    public async Task Command_MidSet_IsAnsweredForThisSet(string command, string replies, Shown shown)
    {
        var person = await MidSecondSetAsync();

        await person.SayAsync(command);

        Assert.All(replies.Split('|'), reply => Assert.Contains(reply, person.LastText));
        ShownAssert.Ends(person, shown);
    }

    [Theory]
    [InlineData("what's next")]
    [InlineData("where am i")]
    [InlineData("how many left")]
    [InlineData("help")]
    [InlineData("repeat")]
    [InlineData("what do you know about me")]
    public async Task QuestionCommand_MidSet_LeavesTheSetCardWorking(string command)
    {
        var person = await MidSecondSetAsync();
        var done = person.FindButton("Done set");

        await person.SayAsync(command);
        await person.SubmitAsync(done);

        Assert.DoesNotContain("out of date", person.LastText);
        Assert.Contains("Set done. 8 exercises and 32 sets left in total.", person.LastText);
        ShownAssert.Ends(person, Shown.RestCard);
    }

    [Theory]
    [InlineData("Easier", "Switched to the easier version of Side Steps", Shown.SetCard)]
    [InlineData("Skip", "Skipped Side Steps.", Shown.SetCard)]
    [InlineData("Pause", "Paused at " + Here, Shown.PausedCard)]
    [InlineData("Stop", "Workout stopped.", Shown.Summary)]
    public async Task CardButton_MidSet_DoesWhatItSays(string button, string reply, Shown shown)
    {
        var person = await MidSecondSetAsync();

        await person.ClickAsync(button);

        Assert.Contains(reply, person.LastText);
        ShownAssert.Ends(person, shown);
    }

    [Fact]
    public async Task Back_AtTheVeryFirstSet_SaysThereIsNothingBefore()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("back");

        Assert.Contains("This is the first set, so there's nothing to go back to.", person.LastText);
        Assert.Contains("Exercise 1 of 8 · Left side · Set 1 of 3", person.LastText);
    }

    [Fact]
    public async Task Paused_QuestionsAndDone_KeepItPausedUntilResume()
    {
        var person = await MidSecondSetAsync();
        await person.SayAsync("pause");

        await person.SayAsync("what's next");
        Assert.Contains("Next: Side Steps (Exercise 1 of 8 · Left side · Set 2 of 3)", person.LastText);
        await person.SayAsync("done");
        ShownAssert.Ends(person, Shown.PausedCard);

        await person.ClickAsync("Resume");
        Assert.Contains("Resumed. Here's where you were.", person.LastText);
        Assert.Contains(Here, person.LastText);
        ShownAssert.Ends(person, Shown.SetCard);
    }

    [Fact]
    public async Task Stop_MidWorkout_LeavesNoWorkoutToContinue()
    {
        var person = await MidSecondSetAsync();
        await person.SayAsync("stop");

        await person.SayAsync("done");

        Assert.Contains("There's no workout running.", person.LastText);
        ShownAssert.Ends(person, Shown.NoCard);
    }

    [Fact]
    public async Task Easier_Twice_SaysItIsAlreadyEasier()
    {
        var person = await MidSecondSetAsync();
        await person.SayAsync("make it easier");

        await person.SayAsync("easier");

        Assert.Contains("You're already on the easier version.", person.LastText);
    }

    [Fact]
    public async Task UnknownText_MidSet_SaysHowToGoOn()
    {
        var person = await MidSecondSetAsync();

        await person.SayAsync("band slipped off");

        Assert.Contains("Tap **Done set** when you finish this set", person.LastText);
        await person.SayAsync("done");
        ShownAssert.Ends(person, Shown.RestCard);
    }

    [Fact]
    public async Task LongerUnknownText_MidSet_AsksTheSafetyQuestionOnceThenTheSetGoesOn()
    {
        var person = await MidSecondSetAsync();

        await person.SayAsync("the band keeps slipping off my foot");
        Assert.Contains("is someone having a medical emergency", person.LastText);
        await person.SayAsync("neither");

        Assert.True(person.ShowsSetCard);
        await person.SayAsync("done");
        ShownAssert.Ends(person, Shown.RestCard);
    }

    /// <summary>Started, first set done, rest done: the right side's first set is on.</summary>
    private async Task<ConversationDriver> MidSecondSetAsync()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.ClickAsync("Done set");
        await person.ClickAsync("Done set");
        Assert.Contains(Here, person.LastText);
        return person;
    }
}
