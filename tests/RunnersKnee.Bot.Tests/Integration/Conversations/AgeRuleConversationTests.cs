using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>Research A2 #15–16: under 16, 16–17 with or without a guardian, 50+ with new pain, 55+ after an injury.</summary>
public sealed class AgeRuleConversationTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("12")]
    [InlineData("I'm 15")]
    [InlineData("Under 16")]
    public async Task Intake_Under16_ShowsParentAndClinicianGuidanceWithoutProgramme(string age)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = age });

        Assert.Contains("Please see a doctor or physio with a parent", person.LastText);
        Assert.DoesNotContain("Does a parent or guardian know", person.Transcript);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        await person.SayAsync("start workout");
        Assert.Contains("Has a doctor or physical therapist assessed your knee", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("16", "no")]
    [InlineData("17", "nope")]
    [InlineData("16 or 17", "not yet")]
    public async Task Intake_16To17WithoutGuardian_ShowsTalkToAParentWithoutProgramme(string age, string guardian)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = age, Guardian = guardian });

        Assert.Contains("Does a parent or guardian know about your knee pain", person.Transcript);
        Assert.Contains("Please talk to a parent or guardian first", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task StartWorkout_16To17AfterGuardianNowKnows_StartsTheWorkout()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { Age = "16", Guardian = "no" });

        await person.SayAsync("start workout");
        Assert.Contains("Does a parent or guardian now know", person.LastText);
        await person.SayAsync("no");
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("start workout");
        await person.SayAsync("yes they do");
        await person.SayAsync("skip");

        Assert.True(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("17", "yes")]
    [InlineData("sixteen", "yeah my mum knows")]
    public async Task Intake_16To17WithGuardian_OffersTheWorkout(string age, string guardian)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = age, Guardian = guardian });

        Assert.Contains("Ready for the strength workout?", person.LastText);
        await person.SayAsync("yes");
        await person.SayAsync("skip");
        Assert.True(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("52", "3 weeks")]
    [InlineData("50 to 54", "a few days")]
    [InlineData("61", "about a month")]
    public async Task Intake_50PlusWithNewPain_RecommendsAssessmentFirst(string age, string duration)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = age, Duration = duration });

        Assert.Contains("Get it checked first", person.LastText);
        Assert.Contains("Please see a GP or physical therapist first", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("52", "2 years")]
    [InlineData("60", "months")]
    public async Task Intake_50PlusWithLongstandingPain_OffersTheWorkout(string age, string duration)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = age, Duration = duration });

        Assert.DoesNotContain("Get it checked first", person.LastText);
        Assert.Contains("Ready for the strength workout?", person.LastText);
    }

    [Theory]
    [InlineData("55", "after a fall")]
    [InlineData("I'm 70", "I twisted it")]
    [InlineData("55 or over", "After a fall, blow or twist")]
    public async Task Intake_55PlusAfterAnInjury_IsTheEmergencyTier(string age, string onset)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = age, Onset = onset, Duration = "2 months" });

        Assert.Contains("Please get medical help today", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task Intake_AdultAfterAnInjury_SaysItMayNotBeRunnersKnee()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = "40", Onset = "I fell" });

        Assert.Contains("This may not be runner's knee", person.LastText);
        Assert.DoesNotContain("Please get medical help today", person.LastText);
    }

    [Theory]
    [InlineData("seventy-one")]
    [InlineData("I'm seventy one")]
    [InlineData("over 55")]
    public async Task Intake_AgeInWordsAfterAFall_IsTheOttawaTierNotAChild(string age)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = age, Onset = "I fell", Duration = "2 months" });

        Assert.Contains("Please get medical help today", person.LastText);
        Assert.DoesNotContain("with a parent", person.Transcript);
    }

    [Theory]
    [InlineData("almost fifteen")]
    [InlineData("thirteen")]
    public async Task Intake_ChildAgeInWords_ShowsParentAndClinicianGuidance(string age)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = age });

        Assert.Contains("Please see a doctor or physio with a parent", person.LastText);
        Assert.Contains("If you start limping, or have hip or groin pain or pain at night, see a doctor today", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("about 16")]
    [InlineData("late teens")]
    [InlineData("mid fifties")]
    public async Task Intake_ApproximateAgeAcrossTwoBands_AsksAgainThenUsesTheExactAge(string age)
    {
        var person = app.NewPerson();
        var script = new IntakeScript();
        await person.SayAsync("hi");
        foreach (var answer in script.Answers().Take(6))
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync(age);
        Assert.Contains("type your exact age", person.LastText);
        await person.SayAsync("34");

        Assert.Contains("Safety check.", person.LastText);
    }

    [Fact]
    public async Task Intake_MidForties_GoesOnWithoutAskingAgain()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = "mid-forties" });

        Assert.Contains("Ready for the strength workout?", person.LastText);
    }

    [Theory]
    [InlineData("behind the kneecap", "13, and I've started limping")]
    [InlineData("kneecap and my hip", "12")]
    [InlineData("behind the kneecap", "14, it wakes me up at night")]
    [InlineData("behind the kneecap, my mom says im walking funny and the top of my thigh is sore", "im fourteen")]
    public async Task Intake_Under16WithALimpHipOrNightPain_SaysSeeADoctorToday(string location, string age)
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        var script = new IntakeScript { Location = location, Age = age };
        foreach (var answer in script.Answers())
        {
            await person.SayAsync(answer);
            if (person.LastText.Contains("You mentioned something I need to check first", StringComparison.Ordinal))
            {
                // "Limping" is also a warning symptom: the red-flag lists come first, then the age question again.
                await person.SayAsync("no");
                await person.SayAsync("no");
                await person.SayAsync("13");
            }
        }

        Assert.Contains("Please see a doctor today, with a parent", person.Transcript);
        Assert.DoesNotContain("Ready for the strength workout?", person.Transcript);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task AParentFirst_ASonOf12LimpingWithHipPainAtNight_ThenNoToTheLists_IsSeeADoctorToday()
    {
        var person = app.NewPerson();
        await person.SayAsync("asking for my son, hes 12. been limping since last week and his hip hurts at night");
        await person.SayAsync("no");
        await person.SayAsync("no");

        foreach (var answer in new IntakeScript { Age = "12" }.Answers())
        {
            await person.SayAsync(answer);
        }

        Assert.Contains("Please see a doctor today, with a parent", person.Transcript);
        Assert.DoesNotContain("Ready for the strength workout?", person.Transcript);
    }
}
