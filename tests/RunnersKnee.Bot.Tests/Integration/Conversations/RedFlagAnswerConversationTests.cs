using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// Red flags as people really answer: said in passing while answering another question, corrected halfway,
/// played down, or not known. Each ends in care guidance, never in the workout, and an unclear answer never loops.
/// </summary>
public sealed class RedFlagAnswerConversationTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("nope, actually hang on, yes it got stuck once")]
    [InlineData("not really, it only jams now and then")]
    [InlineData("no, but it swells up a lot sometimes")]
    public async Task EmergencyList_YesSaidAnyWay_GivesCareTodayAndNoWorkout(string answer)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { EmergencyFlags = answer, SoonFlags = null });

        Assert.Contains("Please get medical help today", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.Transcript);
        await person.SayAsync("start workout");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task SoonList_GivesWayNowAndThen_SaysSeeADoctorAndGoTodayIfWorse()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { SoonFlags = "not really, it gives way now and then" });

        Assert.Contains("Please see a doctor soon", person.LastText);
        Assert.Contains("If it gets worse before then, go today", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task EmergencyList_UnclearTwice_AsksOnceMoreThenTakesTheCautiousRoute()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync(new IntakeScript { EmergencyFlags = "I don't know", SoonFlags = null });
        Assert.Contains("Has any of these happened, even once or now and then?", person.LastText);

        await person.SayAsync("no idea really");

        Assert.Contains("As you're not sure, I'll take the careful route", person.LastText);
        Assert.Contains("Please get medical help today", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task RedFlagSaidInPassing_AtTheFirstQuestion_IsCheckedBeforeTheIntakeGoesOn()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");

        await person.SayAsync("around the kneecap, and it swells up now and then");
        Assert.Contains("You mentioned something I need to check first", person.LastText);
        Assert.Contains("Safety check.", person.LastText);

        await person.SayAsync("yes, it swells up");
        Assert.Contains("Please get medical help today", person.LastText);
        Assert.DoesNotContain("How does it feel?", person.LastText);
        await person.SayAsync("a dull ache");
        Assert.DoesNotContain("What brings it on?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task RedFlagSaidInPassing_BothListsNo_AsksTheInterruptedQuestionAgainAndTheWordsCountAtTheEnd()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        await person.SayAsync("kneecap");

        await person.SayAsync("it catches a bit when I bend it");
        Assert.Contains("You mentioned something I need to check first", person.LastText);
        await person.SayAsync("no");
        await person.SayAsync("no");

        // A sign that needs care today is said at once, so leaving the questions now still leaves with it.
        Assert.Contains("What you described needs checking by a doctor today", person.LastText);
        Assert.Contains("How does it feel?", person.LastText);
        await person.ClickAsync("A dull ache");
        Assert.Contains("What brings it on?", person.LastText);
        foreach (var answer in new[] { "running", "3 weeks", "gradually", "2", "34", "no", "no" })
        {
            await person.SayAsync(answer);
        }

        Assert.Contains("Please get medical help today", person.Transcript);
        Assert.DoesNotContain("Ready for the strength workout?", person.Transcript);
    }

    [Fact]
    public async Task SinceACrash_TypedAtTheOnsetQuestion_SendsToAClinicianFirst()
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Onset = "since I crashed my bike last week" });

        Assert.Contains("This may not be runner's knee", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        await person.SayAsync("yes");
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("en-GB", "call an ambulance now: 999")]
    [InlineData("en-US", "call an ambulance now: 911")]
    [InlineData("es-ES", "llama ahora a una ambulancia: 112")]
    public async Task KneeEmergency_SaysWhenToCallAnAmbulanceWithTheRegionsNumber(string locale, string expected)
    {
        var person = app.NewPerson();
        async Task SayAsync(string text) => await person.PostAsync(new Activity { Type = ActivityTypes.Message, Text = text, Locale = locale });
        await SayAsync("hi");
        foreach (var answer in new IntakeScript { EmergencyFlags = "yes", SoonFlags = null }.Answers())
        {
            await SayAsync(answer);
        }

        Assert.Contains(expected, person.LastText);
    }
}
