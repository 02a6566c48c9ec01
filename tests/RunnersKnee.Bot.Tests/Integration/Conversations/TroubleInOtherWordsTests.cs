using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// Emergencies, crises and red flags in the words people use when the usual ones do not come to mind, said in the
/// middle of the intake or of a set: coaching stops with the right route, and no set card follows.
/// </summary>
public sealed class TroubleInOtherWordsTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("hang on, it feels like theres a band squeezing round my ribs and my left shoulder is heavy")]
    [InlineData("my mate just dropped on the track next to me and hes not answering me, eyes rolled back")]
    [InlineData("my wife came in from her run and one side of her mouth is sagging and shes talking funny")]
    [InlineData("worst pain in my head ive ever had, came on out of nowhere a minute ago")]
    [InlineData("sliced my shin open on a rock on the trail, its gushing and has soaked through 2 towels already")]
    [InlineData("my calf has been puffy and sore since the long flight and now I get winded just walking to the kitchen")]
    public async Task EmergencyDuringTheIntake_GivesTheAmbulanceRoute(string said)
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        await person.SayAsync("around the kneecap");

        await person.SayAsync(said);

        Assert.Contains("call an ambulance now: 911", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("a dull ache");
        Assert.DoesNotContain("What brings it on?", person.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("honestly some days i just want to go to sleep and never have to wake up again")]
    [InlineData("tbh ive been stockpiling my meds for a while now. just in case")]
    [InlineData("my knee is the least of my problems. ive got a bottle of tablets here and im planning to swallow the lot tonight")]
    [InlineData("i wrote goodbye letters to my kids last night")]
    [InlineData("been thinking a lot about ending things lately")]
    public async Task CrisisMidSet_GivesTheCrisisLineAndNoSetCard(string said)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync(said);

        Assert.Contains("988", person.LastText, StringComparison.Ordinal);
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("done");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task CheckQuestion_AnsweredWithAPressureNotAPain_IsAYes()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("something feels off inside my ribcage, kinda fluttery and weird");
        Assert.Contains("right now?", person.LastText, StringComparison.Ordinal);

        await person.SayAsync("not pain exactly, more like a heavy pressure");

        Assert.Contains("call an ambulance now: 911", person.LastText, StringComparison.Ordinal);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task PainInWordsMidSet_LikeASeven_StopsThatExercise()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("hmm thats sore, like a seven");

        Assert.Contains("carry on with the next exercise, or stop for today?", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PainBehindTheKnee_IsNotRunnersKnee()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");

        await person.SayAsync("behind the knee");

        Assert.Contains("How does it feel?", person.LastText, StringComparison.Ordinal);
        var answers = new[] { "a dull ache", "running", "3 weeks", "gradually", "2", "34", "no", "no" };
        foreach (var answer in answers)
        {
            await person.SayAsync(answer);
        }

        Assert.DoesNotContain("Ready for the strength workout?", person.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("triggers", "mostly stairs, and every so often it kind of seizes up mid-stride and i have to shake it loose", "Please get medical help today")]
    [InlineData("onset", "gradually, its twice the size of my other knee now", "Please get medical help today")]
    [InlineData("pain", "about 3 in the day but it jolts me awake most nights, throbbing at like 3am", "Please see a doctor soon")]
    public async Task RedFlagInPassing_ThenNoToTheLists_StillEndsInCare(string question, string said, string care)
    {
        var person = app.NewPerson();
        var script = question switch
        {
            "triggers" => new IntakeScript { Triggers = said },
            "onset" => new IntakeScript { Onset = said },
            _ => new IntakeScript { Pain = said },
        };
        await person.SayAsync("hi");
        foreach (var answer in script.Answers())
        {
            await person.SayAsync(answer);
            if (person.LastText.Contains("You mentioned something I need to check first", StringComparison.Ordinal))
            {
                await person.SayAsync("no");
                await person.SayAsync("no");
                await person.SayAsync(answer == said ? Plain(question) : answer);
            }
        }

        Assert.Contains(care, person.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Ready for the strength workout?", person.Transcript, StringComparison.Ordinal);
    }

    private static string Plain(string question) => question switch
    {
        "triggers" => "stairs",
        "onset" => "gradually",
        _ => "3",
    };

    [Fact]
    public async Task AFallFirst_ThenNoToTheLists_GoesOnToTheSymptomQuestions()
    {
        var person = app.NewPerson();
        await person.SayAsync("I fell off my bike last week and now my knee aches");
        Assert.Contains("Safety check.", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("no");

        await person.SayAsync("no");

        Assert.Contains("Where does your knee hurt?", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASelfCorrectionAtTheSecondList_NamingLocking_IsCareToday()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript
        {
            SoonFlags = "hmm actually scratch that, the first list - it did jam once last week when i stood up, couldnt straighten it for a minute",
        });

        Assert.Contains("Please get medical help today", person.Transcript, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hold on, my running partner just sat down on the curb and is not himself at all, tell me what to do", "medical emergency", "call an ambulance now: 911")]
    [InlineData("knee's been bad but whatever, everything is arranged for tonight so none of it matters to me anymore", "thoughts of hurting myself", "988")]
    public async Task AMessageTheCoachCannotFollow_GetsTheDirectSafetyQuestion(string said, string answer, string route)
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");

        await person.SayAsync(said);
        Assert.Contains("is someone having a medical emergency, or are you having thoughts of hurting yourself", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("How does it feel?", person.LastText, StringComparison.Ordinal);
        await person.SayAsync(answer);

        Assert.Contains(route, person.LastText, StringComparison.Ordinal);
        await person.SayAsync("start workout");
        Assert.Contains("The coaching is closed for now", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageTheCoachCannotFollow_MidSet_Yes_GivesBothRoutesAndNoSetCard()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("bit odd, I am not myself and I have gone a strange colour all of a sudden");
        Assert.Contains("is someone having a medical emergency", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("yes");

        Assert.Contains("call an ambulance now: 911", person.LastText, StringComparison.Ordinal);
        Assert.Contains("988", person.LastText, StringComparison.Ordinal);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task AMessageTheCoachCannotFollow_Neither_GoesBackToTheQuestionOrTheSet()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("my dog keeps trying to lie on the mat while I do these, it is very funny");
        Assert.Contains("is someone having a medical emergency", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("neither");

        Assert.True(person.ShowsSetCard);
        await person.ClickAsync("Done set");
        Assert.Contains("Set done.", person.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gradual, no fall")]
    [InlineData("it just came on, I didnt fall or anything")]
    public async Task GradualOnset_SaidWithNoFall_IsGradual(string onset)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Onset = onset });

        Assert.Contains("Ready for the strength workout?", person.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the second one", "988")]
    [InlineData("yeah the hurting myself one", "988")]
    [InlineData("the first one", "call an ambulance now: 911")]
    [InlineData("its my friend", "call an ambulance now: 911")]
    public async Task TheDirectQuestion_AnsweredByPickingAnOption_GivesThatRoute(string answer, string route)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("something is really not right here at all");
        Assert.Contains("is someone having a medical emergency", person.LastText, StringComparison.Ordinal);

        await person.SayAsync(answer);

        Assert.Contains(route, person.LastText, StringComparison.Ordinal);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("resume")]
    [InlineData("done")]
    public async Task TheDirectQuestion_ACommandDoesNotBrushItAside(string command)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("whats even the point of any of this anymore");

        await person.SayAsync(command);

        Assert.False(person.ShowsSetCard, person.LastText);
        Assert.Contains("is this a medical emergency, or thoughts of hurting yourself", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEmergencyQuestion_AboutSomeoneElse_IsAYes()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        await person.SayAsync("kneecap");
        await person.SayAsync("my chest feels weird");

        await person.SayAsync("no not me, my dad");

        Assert.Contains("call an ambulance now: 911", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEmergencyQuestion_NoImGoodJustWinded_IsANo()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("my chest feels weird");

        await person.SayAsync("no im good just winded");

        Assert.DoesNotContain("call an ambulance", person.LastText, StringComparison.Ordinal);
        Assert.True(person.ShowsSetCard);
    }

    [Fact]
    public async Task AfterCareToday_StartOverAndNoToEverything_DoesNotOpenTheWorkout()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { EmergencyFlags = "yes" });
        Assert.Contains("Please get medical help today", person.Transcript, StringComparison.Ordinal);

        await person.SayAsync("start over");
        foreach (var answer in new IntakeScript().Answers())
        {
            await person.SayAsync(answer);
        }

        Assert.Contains("the workout stays closed", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("yes");
        Assert.False(person.ShowsSetCard);
    }
}
