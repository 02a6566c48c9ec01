using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>The two red-flag lists of the intake, and what "start workout" does after either says yes.</summary>
public sealed class RedFlagConversationTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private static readonly IntakeScript EmergencyYes = new() { EmergencyFlags = "yes", SoonFlags = null };
    private static readonly IntakeScript SoonYes = new() { SoonFlags = "yes" };

    [Theory]
    [InlineData("yes")]
    [InlineData("yeah")]
    [InlineData("yep, it locked up")]
    [InlineData("Yes")]
    public async Task EmergencyList_Yes_ShowsEmergencyGuidanceAndOffersNoWorkout(string answer)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(EmergencyYes with { EmergencyFlags = answer });

        Assert.Contains("Please get medical help today", person.LastText);
        Assert.Contains("Go to an emergency department or urgent care now", person.LastText);
        Assert.DoesNotContain("And do **any** of these apply?", person.Transcript);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        Assert.DoesNotContain("Rest and ice", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task SoonList_Yes_ShowsSeeADoctorSoonAndOffersNoWorkout()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(SoonYes);

        Assert.Contains("Please see a doctor soon", person.LastText);
        Assert.Contains("don't start the strengthening programme until you've been assessed", person.LastText);
        Assert.DoesNotContain("Please get medical help today", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("emergency")]
    [InlineData("soon")]
    public async Task StartWorkout_AfterRedFlagAndNotAssessed_StaysLocked(string tier)
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(tier == "emergency" ? EmergencyYes : SoonYes);

        await person.SayAsync("start workout");
        Assert.Contains("Before a workout, please get checked", person.LastText);
        Assert.Contains("Has a doctor or physical therapist assessed your knee", person.LastText);
        Assert.False(person.ShowsSetCard);

        await person.SayAsync("no");
        Assert.Contains("Please get checked first", person.LastText);
        Assert.False(person.ShowsSetCard);

        await person.SayAsync("start workout");
        Assert.Contains("Has a doctor or physical therapist assessed your knee", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("emergency")]
    [InlineData("soon")]
    public async Task StartWorkout_AfterRedFlagAndAssessed_StartsTheWorkout(string tier)
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(tier == "emergency" ? EmergencyYes : SoonYes);
        await person.SayAsync("start workout");

        await person.TapSuggestedAsync("Yes");
        Assert.Contains("Thanks. Let's go, and stop if pain goes above 5/10.", person.LastText);
        await person.SayAsync("skip");

        Assert.True(person.ShowsSetCard);
        Assert.Contains("Exercise 1 of 8", person.LastText);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("start workout")]
    [InlineData("exercise")]
    [InlineData("done")]
    [InlineData("resume")]
    [InlineData("go")]
    [InlineData("start")]
    [InlineData("hi")]
    [InlineData("what's next")]
    [InlineData("that hurt 2/10")]
    public async Task AfterRedFlag_AnythingButAssessedYes_NeverShowsAWorkout(string message)
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(EmergencyYes);

        await person.SayAsync(message);
        await person.SayAsync(message);

        Assert.DoesNotContain("Exercise 1 of 8", person.Transcript);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task WelcomeCardStartWorkout_AfterRedFlag_AsksWhetherAssessed()
    {
        var person = app.NewPerson();
        await person.JoinAsync();
        await person.AnswerIntakeAsync(SoonYes);

        await person.SayAsync("repeat");
        await person.ClickAsync("Start workout");

        Assert.Contains("Has a doctor or physical therapist assessed your knee", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task WhatsNext_AfterRedFlag_DoesNotPointToTheWorkout()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(EmergencyYes);

        await person.SayAsync("what's next");

        Assert.DoesNotContain("Next: the strength workout", person.LastText);
        Assert.Contains("get checked", person.LastText);
    }

    [Fact]
    public async Task PainReport_AfterRedFlag_DoesNotSayItIsOkForExercise()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(SoonYes);

        await person.SayAsync("it hurts about 2/10 now");

        Assert.DoesNotContain("OK for exercise", person.LastText);
        Assert.Contains("get checked", person.LastText);
    }
}
