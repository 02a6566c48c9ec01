using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>Buttons on cards from before the last move change nothing and say the card is out of date.</summary>
public sealed class StaleCardTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("Done set")]
    [InlineData("Skip")]
    [InlineData("Easier")]
    [InlineData("Stop")]
    public async Task OldSetCardButton_AfterMovingOn_ChangesNothing(string button)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        var old = person.FindButton(button);
        await person.ClickAsync("Done set");
        await person.ClickAsync("Done set");

        await person.SubmitAsync(old);

        Assert.Contains("That card is out of date, so I ignored it. Here's where you are now.", person.LastText);
        Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", person.LastText);
        await person.SayAsync("how many left");
        Assert.Contains("8 exercises and 33 sets left in total", person.LastText);
    }

    [Fact]
    public async Task OldDoneButton_ClickedTwice_CountsTheSetOnce()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        var done = person.FindButton("Done set");

        await person.SubmitAsync(done);
        await person.SubmitAsync(done);

        Assert.Contains("out of date", person.LastText);
        ShownAssert.Ends(person, Shown.RestCard);
        await person.SayAsync("what's next");
        Assert.Contains("8 exercises and 33 sets left in total", person.LastText);
    }

    [Fact]
    public async Task OldPainCheckButton_AfterAnswering_ChangesNothing()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");
        await person.FinishExerciseAsync();
        var eight = person.FindButton("8");
        await person.ClickAsync("1");

        await person.SubmitAsync(eight);

        Assert.Contains("out of date", person.LastText);
        Assert.Contains("Exercise 3 of 8", person.LastText);
        await person.SayAsync("stop");
        Assert.Equal("Done · pain 1/10", person.Summary!["Banded Side Clams"]);
    }

    [Fact]
    public async Task OldIntakeQuestionButton_ChangesNoAnswerAndAsksTheCurrentQuestion()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        var notTheKnee = person.FindButton("Not really the knee");
        await person.ClickAsync("Around or behind the kneecap");

        await person.SubmitAsync(notTheKnee);

        Assert.Contains("That card is out of date", person.LastText);
        Assert.Contains("How does it feel?", person.LastText);
        foreach (var answer in new IntakeScript().Answers().Skip(1))
        {
            await person.SayAsync(answer);
        }

        Assert.Contains("Ready for the strength workout?", person.LastText);
        Assert.DoesNotContain("This may not be runner's knee", person.LastText);
    }

    [Fact]
    public async Task OldSafetyQuestionButton_AfterTheIntake_DoesNotChangeTheOutcome()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        foreach (var answer in new[] { "kneecap", "ache", "stairs", "3 weeks", "gradually", "3", "34" })
        {
            await person.SayAsync(answer);
        }

        var yes = person.FindButton("Yes");
        await person.ClickAsync("No");
        await person.ClickAsync("No");

        await person.SubmitAsync(yes);

        Assert.Contains("That card is out of date", person.LastText);
        Assert.DoesNotContain("Please get medical help today", person.LastText);
        await person.SayAsync("yes");
        await person.SayAsync("skip");
        Assert.True(person.ShowsSetCard);
    }

    [Fact]
    public async Task CardFromAnEarlierWorkout_AfterStartingAgain_ChangesNothing()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        var skip = person.FindButton("Skip");
        await person.SayAsync("stop");
        await person.SayAsync("start workout");
        await person.SayAsync("skip");

        await person.SubmitAsync(skip);

        Assert.Contains("out of date", person.LastText);
        Assert.Contains("Exercise 1 of 8 · Left side · Set 1 of 3", person.LastText);
    }
}
