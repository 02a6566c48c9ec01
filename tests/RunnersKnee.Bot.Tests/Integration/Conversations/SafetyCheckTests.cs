using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>A wording that might be an emergency gets one direct question; unclear twice means the cautious route.</summary>
public sealed class SafetyCheckTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Fact]
    public async Task Dizzy_AtTheFirstQuestion_AsksThenNoGoesBackToTheQuestion()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");

        await person.SayAsync("I feel dizzy");
        Assert.Contains("are you having chest pain or pressure, trouble breathing", person.LastText);

        await person.SayAsync("no");
        Assert.Contains("If that changes, tell me straight away", person.LastText);
        Assert.Contains("Where does your knee hurt?", person.LastText);

        await person.SayAsync("around the kneecap");
        Assert.DoesNotContain("I didn't catch", person.LastText);
    }

    [Fact]
    public async Task MyChestFeelsWeird_MidSet_PausesAsksAndYesGivesTheAmbulanceRoute()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("my chest feels weird");
        Assert.Contains("are you having chest pain or pressure", person.LastText);
        Assert.False(person.ShowsSetCard);

        await person.SayAsync("yes");
        Assert.Contains("call an ambulance now: 911", person.LastText);
        await person.SayAsync("done");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task UnclearTwice_TakesTheCautiousRoute()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        await person.SayAsync("I just feel hopeless");
        Assert.Contains("thoughts of hurting yourself", person.LastText);

        await person.SayAsync("I don't know");
        Assert.Contains("I'd rather ask than guess", person.LastText);
        await person.SayAsync("maybe");

        Assert.Contains("988", person.LastText);
        Assert.Contains("I'm stopping the coaching.", person.LastText);
    }
}
