using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// The pain check after each exercise (research A4): 0–3 carry on, 4–5 the easier version next, 6 or more
/// stops that exercise and asks "carry on or stop for today?", 8 or more or a second 6+ ends the session and asks
/// the red-flag questions again. Here the check comes after Banded Side Clams (3 sets).
/// </summary>
public sealed class PainCheckTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("2 out of 10")]
    public async Task PainCheck_0To3_CarriesOnWithTheNormalNextExercise(string score)
    {
        var person = await AtPainCheckAsync();

        await person.SayAsync(score);

        Assert.Contains("is in the safe zone. Carry on.", person.LastText);
        Assert.Contains("Exercise 3 of 8 · Left side · Set 1 of 3", person.LastText);
        Assert.DoesNotContain("Easier version:", person.LastText);
        Assert.True(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("5")]
    public async Task PainCheck_4To5_GivesTheEasierVersionOfTheNextExercise(string button)
    {
        var person = await AtPainCheckAsync();

        await person.ClickAsync(button);

        Assert.Contains($"{button}/10 is acceptable", person.LastText);
        Assert.Contains("Exercise 3 of 8 · Left side · Set 1 of 3", person.LastText);
        Assert.Contains("Easier version:", person.LastText);
        Assert.True(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("6", "carry on")]
    [InlineData("7", "Resume")]
    public async Task PainCheck_6Or7Once_StopsThatExerciseGivesRestIcePtAndAsksBeforeTheNext(string button, string carryOn)
    {
        var person = await AtPainCheckAsync();

        await person.ClickAsync(button);
        Assert.Contains($"{button}/10 is too much", person.LastText);
        Assert.Contains("put ice on", person.LastText);
        Assert.Contains("see a physical therapist", person.LastText);
        Assert.Contains("carry on with the next exercise, or stop for today?", person.LastText);
        Assert.False(person.ShowsSetCard);

        if (carryOn == "Resume")
        {
            await person.ClickAsync(carryOn);
        }
        else
        {
            await person.SayAsync(carryOn);
        }

        Assert.Contains("Exercise 3 of 8", person.LastText);
        Assert.True(person.ShowsSetCard);
    }

    [Fact]
    public async Task PainCheck_6ThenStopForToday_EndsWithTheSummary()
    {
        var person = await AtPainCheckAsync();
        await person.ClickAsync("6");

        await person.SayAsync("stop for today");

        Assert.Equal("Done · pain 6/10", person.Summary!["Banded Side Clams"]);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("8")]
    [InlineData("10")]
    public async Task PainCheck_8OrMore_EndsTheSessionAndAsksTheRedFlagQuestionsAgain(string button)
    {
        var person = await AtPainCheckAsync();

        await person.ClickAsync(button);

        Assert.Contains($"{button}/10 is too much to carry on today", person.LastText);
        Assert.Contains("a quick safety check before you go", person.LastText);
        Assert.Contains("Safety check.", person.LastText);
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("yes, it's swollen now");
        Assert.Contains("Please get medical help today", person.LastText);
        await person.SayAsync("start workout");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task PainCheck_6OrMoreOnTwoExercises_EndsTheSessionWithSummary()
    {
        var person = await AtPainCheckAsync();
        await person.ClickAsync("7");
        await person.SayAsync("carry on");
        await person.SayAsync("skip");
        await person.FinishExerciseAsync();

        await person.SayAsync("that was about 6 out of 10");

        Assert.Contains("That's the second exercise that hurt 6/10 or more, so let's end today's session here.", person.LastText);
        Assert.Contains("please see a physical therapist", person.LastText);
        Assert.Equal(("Done · pain 7/10", "Done · pain 6/10"), (person.Summary!["Banded Side Clams"], person.Summary["Single-Leg Deadlift"]));
        Assert.Contains("Safety check.", person.LastText);
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("no");
        await person.SayAsync("no");
        Assert.Contains("Thanks for checking", person.LastText);
        await person.SayAsync("done");
        Assert.Contains("There's no workout running.", person.LastText);
    }

    [Fact]
    public async Task PainCheck_UnclearAnswer_AsksForANumber()
    {
        var person = await AtPainCheckAsync();

        await person.SayAsync("hmm not sure");

        Assert.Contains("Please give me a number from 0 to 10.", person.LastText);
        await person.SayAsync("two");
        Assert.Contains("Exercise 3 of 8", person.LastText);
    }

    [Fact]
    public async Task PainReport_MidSet4To5_SwitchesThisExerciseToItsEasierVersion()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("that hurt 5/10");

        Assert.Contains("5/10 is acceptable", person.LastText);
        Assert.Contains("Switched to the easier version of Side Steps", person.LastText);
        Assert.Contains("Exercise 1 of 8 · Left side · Set 1 of 3", person.LastText);
    }

    [Fact]
    public async Task PainReport_MidSet6OrMore_StopsThatExerciseAndCountsAStrike()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("ouch that hurts like 7");

        Assert.Contains("7/10 is too much, so let's stop Side Steps here.", person.LastText);
        await person.SayAsync("carry on");
        Assert.Contains("Exercise 2 of 8", person.LastText);
        await person.SayAsync("pain is 6/10");
        Assert.Contains("let's end today's session here", person.LastText);
        Assert.Equal("Stopped for pain (7/10)", person.Summary!["Side Steps"]);
        Assert.Equal("Stopped for pain (6/10)", person.Summary["Banded Side Clams"]);
        Assert.Equal("Not reached", person.Summary["Wall Squats"]);
    }

    [Fact]
    public async Task Summary_AfterSkipsDoneSetsAndPain_ListsEachOnce()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");
        await person.FinishExerciseAsync();
        await person.ClickAsync("2");
        await person.ClickAsync("Done set");

        await person.SayAsync("stop");

        Assert.Contains("Workout stopped.", person.LastText);
        Assert.Equal("Done · pain 2/10", person.Summary!["Banded Side Clams"]);
        Assert.Equal("Partly done (1 of 6 sets)", person.Summary["Single-Leg Step Downs"]);
        Assert.Equal("Skipped", person.Summary["Side Steps"]);
        Assert.Equal("Not reached", person.Summary["Single-Leg Deadlift"]);
        Assert.Contains("Well done. Rest and ice if it's sore", person.LastText);
    }

    /// <summary>Side Steps skipped, all three sets of Banded Side Clams done: the pain check is shown.</summary>
    private async Task<ConversationDriver> AtPainCheckAsync()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");
        await person.FinishExerciseAsync();
        Assert.Contains("How much did Banded Side Clams hurt, from 0 to 10?", person.LastText);
        return person;
    }
}
