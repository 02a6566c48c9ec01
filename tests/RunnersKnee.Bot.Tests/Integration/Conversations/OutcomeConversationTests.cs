using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>The outcomes that are not red flags: pain elsewhere (may not be runner's knee) and pain too high today.</summary>
public sealed class OutcomeConversationTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("on the outside of my knee")]
    [InlineData("Somewhere else in the knee")]
    [InlineData("its more my hip really")]
    [InlineData("below the kneecap")]
    [InlineData("pain at the back of my knee")]
    [InlineData("along the inner joint line")]
    [InlineData("around the kneecap, and my hip and groin hurt too")]
    public async Task Intake_PainElsewhere_SendsToAClinicianWithNoWorkout(string location)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Location = location });

        Assert.Contains("This may not be runner's knee", person.LastText);
        Assert.Contains("please see a clinician", person.LastText);
        Assert.Contains("Go sooner if it gets worse", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("yes please")]
    [InlineData("start workout")]
    [InlineData("done")]
    public async Task DoesNotFit_AnythingButAssessed_ShowsNoWorkout(string message)
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { Location = "outside of the knee" });

        await person.SayAsync(message);
        if (person.LastText.Contains("Has a doctor or physical therapist assessed your knee", StringComparison.Ordinal))
        {
            await person.SayAsync("no");
        }

        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task DoesNotFit_AssessedYes_StartsTheWorkout()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { Location = "outside of the knee", Onset = "since I crashed my bike" });

        await person.SayAsync("start workout");
        Assert.Contains("Before a workout, please get checked", person.LastText);
        await person.SayAsync("yes, my physio checked it");
        await person.SayAsync("skip");

        Assert.True(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("about 7 out of 10")]
    [InlineData("10")]
    [InlineData("six")]
    public async Task Intake_PainAbove5_SaysRestTodayAndOffersNoWorkout(string pain)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Pain = pain });

        Assert.Contains("Today is a rest day", person.LastText);
        Assert.Contains("so rest and ice today", person.LastText);
        Assert.Contains("Rest and ice", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task StartWorkout_AfterRestDayStillHurting_KeepsItARestDay()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { Pain = "7" });

        await person.SayAsync("start workout");
        Assert.Contains("How much does it hurt right now", person.LastText);
        await person.SayAsync("7");

        Assert.Contains("Your pain is 7/10 right now.", person.LastText);
        Assert.Contains("so rest and ice today", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task StartWorkout_AfterRestDayOnceSettled_StartsTheWorkout()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { Pain = "7" });

        await person.SayAsync("start workout");
        await person.SayAsync("it's about 3 now");

        Assert.True(person.ShowsSetCard);
    }

    [Fact]
    public async Task Intake_PainElsewhereAndAbove5_OffersNoWorkoutUntilItSettles()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { Location = "outside of the knee", Pain = "8" });

        Assert.Contains("This may not be runner's knee", person.LastText);
        Assert.Contains("Your pain is 8/10 right now.", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        await person.SayAsync("start workout");
        await person.SayAsync("yes");
        Assert.Contains("How much does it hurt right now", person.LastText);
        await person.SayAsync("2");

        Assert.True(person.ShowsSetCard);
    }

    [Fact]
    public async Task PainMention_WithADuration_IsNotTakenForAScore()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("not now");

        await person.SayAsync("I've had this pain for 3 weeks");

        Assert.DoesNotContain("3/10", person.LastText);
    }

    [Fact]
    public async Task Intake_Pain5_OffersTheWorkout()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Pain = "5" });

        Assert.DoesNotContain("Today is a rest day", person.LastText);
        Assert.Contains("Ready for the strength workout?", person.LastText);
    }

    [Fact]
    public async Task Intake_PainAnswerOutOfRange_AsksForANumberFrom0To10ThenGoesOn()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        foreach (var answer in new[] { "kneecap", "ache", "stairs", "3 weeks", "gradually" })
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync("12");
        Assert.Contains("Please give me a number from 0 to 10", person.LastText);
        Assert.DoesNotContain("Which age group are you in?", person.LastText);

        await person.SayAsync("4");
        Assert.Contains("Which age group are you in?", person.LastText);
    }
}
