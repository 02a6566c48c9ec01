using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// What a card says agrees with itself and with the plan: the easier card's dosage, steps and spoken text; the
/// side it names; the minutes the workout offer promises.
/// </summary>
public sealed class TruthfulCardTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Fact]
    public async Task Easier_SideSteps_DosageStepsAndSpeechAllSayTheEasierVersion()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.ClickAsync("Easier");

        var card = person.LastCards.Last();
        var speak = card["speak"]!.GetValue<string>();
        Assert.Contains("5–10 feet × 3 each side", person.LastText, StringComparison.Ordinal);
        Assert.Contains("4. Step 5 to 10 feet, then repeat 3 times per side.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("Step 5 to 10 feet", speak, StringComparison.Ordinal);
        Assert.Contains("Easier version", speak, StringComparison.Ordinal);
        Assert.DoesNotContain("10 to 15", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("10 to 15", speak, StringComparison.Ordinal);
        Assert.Contains("Easier version: Use a lighter band", person.LastText, StringComparison.Ordinal);
        Assert.Contains("say \"standard\" for the full version", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EasierCard_OffersTheStandardVersionBackAndNoEasierButton()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.ClickAsync("Easier");
        Assert.False(person.HasButton("Easier"));
        Assert.True(person.ShowsSetCard);

        await person.ClickAsync("Standard");

        Assert.Contains("Back to the standard version of Side Steps.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("10 feet × 3 each side (your plan's level; the article gives 10–15 feet × 3 each side)", person.LastText, StringComparison.Ordinal);
        Assert.Contains("Step 10 to 15 feet", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Easier version", person.LastText, StringComparison.Ordinal);
        Assert.True(person.HasButton("Easier"));
        Assert.False(person.HasButton("Standard"));
    }

    [Theory]
    [InlineData("harder")]
    [InlineData("standard")]
    public async Task Standard_Typed_OnTheStandardVersion_SaysSoAndChangesNothing(string typed)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync(typed);

        Assert.Contains("You're on the standard version.", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("where am i");
        Assert.Contains("Exercise 1 of 8 · Left side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepDowns_RightSideCard_PutsTheRightFootOnTheStep()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");
        await person.SayAsync("skip");
        Assert.Contains("Exercise 3 of 8 · Left side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
        Assert.Contains("1. Stand side-on to a step with your left foot on it.", person.LastText, StringComparison.Ordinal);

        await person.ClickAsync("Done set");
        await person.ClickAsync("Done set");

        Assert.Contains("Exercise 3 of 8 · Right side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
        Assert.Contains("1. Stand side-on to a step with your right foot on it.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("2. Slowly lower your left foot until it lightly touches the ground.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("3. Keep your left hip elevated.", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("left foot on it", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offer_Minutes_AreThePlansOwnSum()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync();

        // This app rests 600 s between sets (CoachAppFixture), not 45: the 26 rests add 26 x 555 s to the default
        // plan's 4080-4410 s (WorkoutLengthTests), 308.5 to 314 minutes.
        var (low, high) = app.App.Services.GetRequiredService<WorkoutLength>().Minutes();
        Assert.Equal((310, 315), (low, high));
        Assert.Contains("It has 8 exercises and takes about 310 to 315 minutes.", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("20 to 30", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleTap_MidWorkout_IsFollowedByTheCurrentCardItself()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        var old = person.FindButton("Skip");
        await person.ClickAsync("Done set");

        await person.SubmitAsync(old);

        Assert.Equal("That card is out of date, so I ignored it. Here's where you are now.", person.Last[0].Text);
        ShownAssert.Ends(person, Shown.RestCard);
    }

    [Fact]
    public async Task StaleTap_AfterTheWorkoutEnded_IsFollowedByTheSummary()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        var old = person.FindButton("Skip");
        await person.ClickAsync("Done set");
        await person.SayAsync("stop");

        await person.SubmitAsync(old);

        Assert.Equal("That card is out of date, so I ignored it. Here's where you are now.", person.Last[0].Text);
        ShownAssert.Ends(person, Shown.Summary);
        Assert.Equal("Partly done (1 of 6 sets)", person.Summary!["Side Steps"]);
    }

    [Fact]
    public async Task StaleTap_AfterTheDataIsDeleted_SaysHowToStart()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        var old = person.FindButton("Skip");
        await person.SayAsync("stop");
        await person.SayAsync("delete my data");
        await person.SayAsync("yes");

        await person.SubmitAsync(old);

        Assert.Contains("That card is out of date", person.LastText, StringComparison.Ordinal);
        Assert.Equal("There's no workout running. Say \"start workout\" to begin.", person.Last[^1].Text);
    }
}
