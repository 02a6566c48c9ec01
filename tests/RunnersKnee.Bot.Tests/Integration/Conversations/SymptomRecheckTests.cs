using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>A warning symptom mentioned mid-workout re-runs the red-flag screen (research A2; feature row 1).</summary>
public sealed class SymptomRecheckTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Here = "Exercise 1 of 8 · Right side · Set 1 of 3";

    [Theory]
    [InlineData("my knee is swelling")]
    [InlineData("its swollen now")]
    [InlineData("my knee just locked")]
    [InlineData("it gave way")]
    [InlineData("my foot feels numb")]
    [InlineData("that hurt 7/10 and now it's swelling")]
    [InlineData("I just fell off the step")]
    [InlineData("my knee blew up like a balloon")]
    [InlineData("I can hardly walk now")]
    public async Task Symptom_MidSet_PausesAndAsksTheSafetyQuestions(string message)
    {
        var person = await MidSecondSetAsync();

        await person.SayAsync(message);

        Assert.Contains("You mentioned something I need to check. I've paused the workout.", person.LastText);
        Assert.Contains("Safety check.", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task Symptom_EmergencyYes_ShowsCareGuidanceAndStopsTheWorkout()
    {
        var person = await MidSecondSetAsync();
        await person.SayAsync("my knee is swelling");

        await person.SayAsync("yes");

        Assert.Contains("Please get medical help today", person.LastText);
        Assert.Contains("Workout stopped.", person.LastText);
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("resume");
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("start workout");
        Assert.Contains("Has a doctor or physical therapist assessed your knee", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task Symptom_SoonYes_ShowsSeeADoctorSoonAndStopsTheWorkout()
    {
        var person = await MidSecondSetAsync();
        await person.SayAsync("it keeps giving way");
        await person.SayAsync("no");

        await person.SayAsync("yes");

        Assert.Contains("Please see a doctor soon", person.LastText);
        Assert.Contains("Workout stopped.", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task Symptom_BothListsNo_TheSwellingTheyDescribedStillStopsTheWorkoutWithCareToday()
    {
        var person = await MidSecondSetAsync();
        await person.SayAsync("my knee is swelling");
        await person.SayAsync("no");

        await person.SayAsync("nope");

        Assert.Contains("You described it in your own words", person.LastText);
        Assert.Contains("Please get medical help today", person.LastText);
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("resume");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task Symptom_DuringRest_BothListsNo_NightPainTheyDescribedMeansADoctorSoon()
    {
        var person = await MidSecondSetAsync();
        await person.ClickAsync("Done set");
        await person.SayAsync("it wakes me up most nights though");
        await person.SayAsync("no");

        await person.SayAsync("no");

        Assert.Contains("Please see a doctor soon", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task Symptom_ThenStopDuringTheScreen_DoesNotLetResumeSkipIt()
    {
        var person = await MidSecondSetAsync();
        await person.SayAsync("my knee is swelling");

        await person.SayAsync("stop");
        await person.SayAsync("resume");

        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task Symptom_OldSetCardClickedDuringTheScreen_ChangesNothing()
    {
        var person = await MidSecondSetAsync();
        var done = person.FindButton("Done set");
        await person.SayAsync("my knee is swelling");

        await person.SubmitAsync(done);

        Assert.Contains("That card is out of date", person.LastText);
        Assert.Contains("Safety check.", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task Symptom_AfterTheCheckWithNoWorkout_RunsTheScreenToo()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("no");

        await person.SayAsync("my knee is swollen and hot");
        Assert.Contains("Safety check.", person.LastText);
        await person.SayAsync("yes");

        Assert.Contains("Please get medical help today", person.LastText);
        await person.SayAsync("start workout");
        Assert.False(person.ShowsSetCard);
    }

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
