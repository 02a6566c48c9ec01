using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// The very first message, before any question waits: one of some length that the safety words do not read and that
/// says nothing of the knee gets the direct question before the intake ("they'd all manage fine if i just wasnt
/// around anymore" got the first intake question in red-team round 4); a first message about the knee starts the
/// intake at once; a "no" to any direct question asked before anything else starts the intake instead of silence.
/// </summary>
public sealed class FirstMessageNetTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Either = "is someone having a medical emergency";
    private const string FirstQuestion = "Where does your knee hurt?";

    [Fact]
    public async Task LongFirstMessageNotAboutTheKnee_AsksTheDirectQuestion_NeitherStartsTheIntake()
    {
        var person = app.NewPerson();
        await person.JoinAsync();

        await person.SayAsync("been a really strange week and i am not sure what is going on with me");

        Assert.Contains(Either, person.LastText);
        Assert.DoesNotContain(FirstQuestion, person.LastText);
        await person.SayAsync("neither");
        Assert.Contains(FirstQuestion, person.LastText);
    }

    [Fact]
    public async Task LongFirstMessageNotAboutTheKnee_Yes_GivesBothRoutes()
    {
        var person = app.NewPerson();
        await person.JoinAsync();
        await person.SayAsync("been a really strange week and i am not sure what is going on with me");

        await person.SayAsync("yes");

        Assert.Contains("911", person.LastText);
        Assert.Contains("988", person.LastText);
        await person.SayAsync("start workout");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task LongFirstMessageAboutTheKnee_StartsTheIntakeAtOnce()
    {
        var person = app.NewPerson();
        await person.JoinAsync();

        await person.SayAsync("my knee has been sore at the front for three weeks whenever i run downhill");

        Assert.DoesNotContain(Either, person.LastText);
        Assert.Contains(FirstQuestion, person.LastText);
    }

    [Fact]
    public async Task VagueFirstMessage_NoToTheDirectQuestion_StartsTheIntake()
    {
        var person = app.NewPerson();
        await person.JoinAsync();
        await person.SayAsync("i feel a bit dizzy");
        Assert.Contains("Just to be safe", person.LastText);

        await person.SayAsync("no");

        Assert.Contains(FirstQuestion, person.LastText);
    }
}
