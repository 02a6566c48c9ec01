using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>Every command between exercises, at the pain check after Banded Side Clams (Side Steps skipped).</summary>
public sealed class PainCheckCommandTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string NextExercise = "Single-Leg Step Downs (Exercise 3 of 8 · Left side · Set 1 of 3)";

    [Theory]
    [InlineData("what's next", "Now: how much did Banded Side Clams hurt, from 0 to 10?|Next: " + NextExercise + "|6 exercises and 25 sets left in total.", Shown.NoCard)]
    [InlineData("where am i", "Now: how much did Banded Side Clams hurt, from 0 to 10?", Shown.NoCard)]
    [InlineData("how many left", "That was the last set of Banded Side Clams.|6 exercises and 25 sets left in total.", Shown.NoCard)]
    [InlineData("repeat", "How much did Banded Side Clams hurt, from 0 to 10?", Shown.PainCheck)]
    [InlineData("skip", "Exercise 3 of 8 · Left side · Set 1 of 3", Shown.SetCard)]
    [InlineData("back", "Going back to Banded Side Clams (Exercise 2 of 8 · Set 3 of 3)", Shown.SetCard)]
    [InlineData("pause", "Paused at Exercise 2 of 8 · Set 3 of 3", Shown.PausedCard)]
    [InlineData("resume", "We're not paused. Here's where you are.", Shown.PainCheck)]
    [InlineData("stop", "Workout stopped.|Workout summary", Shown.Summary)]
    [InlineData("start over", "OK, let's start again from the beginning.", Shown.FirstQuestion)]
    [InlineData("help", "What you can say", Shown.NoCard)]
    [InlineData("easier", "the next exercise will be its easier version", Shown.PainCheck)]
    [InlineData("done", "How much did Banded Side Clams hurt, from 0 to 10?", Shown.PainCheck)]
    public async Task Command_AtPainCheck_IsAnsweredForTheExerciseJustDone(string command, string replies, Shown shown)
    {
        var person = await AtPainCheckAsync();

        await person.SayAsync(command);

        Assert.All(replies.Split('|'), reply => Assert.Contains(reply, person.LastText));
        ShownAssert.Ends(person, shown);
    }

    [Fact]
    public async Task Skip_AtPainCheck_DoesNotCountTheFinishedExerciseAsSkipped()
    {
        var person = await AtPainCheckAsync();

        await person.SayAsync("skip");
        await person.SayAsync("stop");

        Assert.Equal("Done", person.Summary!["Banded Side Clams"]);
        Assert.Equal("Skipped", person.Summary["Side Steps"]);
    }

    [Fact]
    public async Task Easier_AtPainCheck_StillTakesTheScoreThenGivesTheEasierNextExercise()
    {
        var person = await AtPainCheckAsync();
        await person.SayAsync("easier");

        await person.ClickAsync("1");

        Assert.Contains("Exercise 3 of 8 · Left side · Set 1 of 3", person.LastText);
        Assert.Contains("Easier version:", person.LastText);
        await person.SayAsync("stop");
        Assert.Equal("Done · pain 1/10", person.Summary!["Banded Side Clams"]);
    }

    [Fact]
    public async Task PauseThenResume_AtPainCheck_AsksForTheScoreAgain()
    {
        var person = await AtPainCheckAsync();
        await person.SayAsync("pause");

        await person.ClickAsync("Resume");

        ShownAssert.Ends(person, Shown.PainCheck);
        await person.ClickAsync("2");
        Assert.Contains("2/10 is in the safe zone", person.LastText);
    }

    private async Task<ConversationDriver> AtPainCheckAsync()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");
        await person.FinishExerciseAsync();
        return person;
    }
}
