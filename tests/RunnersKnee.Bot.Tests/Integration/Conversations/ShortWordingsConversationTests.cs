using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// Whole conversations from the fourth red-team round: short, new wordings of an emergency, a crisis or a knee red
/// flag, said as the first message or in the middle of the workout, where the net for long unrecognised messages
/// does not reach; a joke that takes an emergency back; and the summary of a workout stopped for a doctor's check.
/// </summary>
public sealed class ShortWordingsConversationTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Route = "call an ambulance now";
    private const string Check = "Just to be safe: are you having chest pain or pressure";

    [Theory]
    [InlineData("first message", "cnt get air in mate", Route)]
    [InlineData("first message", "me estoy quedando sin aire", "Pide ayuda ahora")]
    [InlineData("mid-set", "lungs wont fill up", Route)]
    [InlineData("mid-set", "room's spinning", Check)]
    [InlineData("mid-set", "heart's going mental", Check)]
    [InlineData("mid-set", "feel a bit off", Check)]
    [InlineData("during a rest", "not feeling great ngl", Check)]
    [InlineData("after the summary", "my running buddy just went down and wont get up", Route)]
    public async Task ShortEmergencyWording_GetsTheRouteOrTheDirectQuestion_AndNoSetCard(string moment, string message, string expected)
    {
        var person = await GetToAsync(moment);

        await person.SayAsync(message);

        Assert.Contains(expected, person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task VagueShortWordingMidSet_AskedOnce_AnUnsureAnswerTakesTheEmergencyRoute()
    {
        var person = await GetToAsync("mid-set");
        await person.SayAsync("feel a bit off");

        await person.SayAsync("dunno");
        if (person.LastText.Contains("I need a clear answer", StringComparison.Ordinal))
        {
            await person.SayAsync("dunno");
        }

        Assert.Contains(Route, person.LastText);
        await person.SayAsync("done");
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("first message", "hi, knee swells up after runs and honestly i feel like giving up on everything")]
    [InlineData("after the summary", "everyone'd be happier without me around")]
    [InlineData("at the workout offer", "nah. took a blade to my arm again last night")]
    public async Task CrisisWording_GetsTheCrisisLineOrTheDirectQuestion(string moment, string message)
    {
        var person = await GetToAsync(moment);

        await person.SayAsync(message);

        Assert.True(
            person.LastText.Contains("988", StringComparison.Ordinal) || person.LastText.Contains("I want to be sure I understood you", StringComparison.Ordinal),
            person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task EmergencyTakenBackAsAJoke_IsAskedAbout_AndANoCarriesOn()
    {
        var person = await GetToAsync("during a rest");

        await person.SayAsync("chest was burning on the hill reps earlier lol jk its my quads");

        Assert.Contains(Check, person.LastText);
        Assert.DoesNotContain(Route, person.LastText);
        await person.SayAsync("no, all good");
        Assert.DoesNotContain(Route, person.LastText);
        await person.SayAsync("resume");
        await person.SayAsync("done");
        Assert.True(person.ShowsSetCard || person.ShowsRestCard, person.LastText);
    }

    [Theory]
    [InlineData("kneecap shifted sideways and clunked back", "Please get medical help today")]
    [InlineData("foot's gone a funny colour, kinda bluish", "Please get medical help today")]
    [InlineData("knee just went", "Please see a doctor soon")]
    public async Task ShortRedFlagMidSet_BothListsNo_CareGuidanceAndASummaryThatPlansNoNextSession(string message, string care)
    {
        var person = await GetToAsync("mid-set");
        await person.SayAsync(message);
        Assert.Contains("Safety check.", person.LastText);
        await person.SayAsync("no");

        await person.SayAsync("no");

        Assert.Contains(care, person.LastText);
        Assert.Contains("Workout stopped.", person.LastText);
        Assert.Contains("We stopped so your knee can be checked first", person.LastText);
        Assert.DoesNotContain("make the next session easier", person.LastText);
        await person.SayAsync("resume");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task RedFlagSaidWithTheAge_BothListsNo_NoWorkoutIsOffered()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        foreach (var answer in new[] { "kneecap", "ache", "stairs", "3 weeks", "gradually", "3" })
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync("19, can barely hobble");
        Assert.Contains("Safety check.", person.LastText);
        for (var turn = 0; turn < 6 && !person.LastText.Contains("Please get medical help today", StringComparison.Ordinal); turn++)
        {
            await person.SayAsync(person.LastText.Contains("age group", StringComparison.Ordinal) ? "19" : "no");
        }

        Assert.Contains("Please get medical help today", person.LastText);
        Assert.DoesNotContain("Ready for the strength workout?", person.LastText);
        await person.SayAsync("yes");
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("do i put the blue band round my foot?")]
    [InlineData("legs are jelly")]
    [InlineData("hammies are on fire 🔥")]
    public async Task HarmlessShortMessage_MidSet_NoSafetyQuestion_AndTheSetGoesOn(string message)
    {
        var person = await GetToAsync("mid-set");

        await person.SayAsync(message);
        if (person.LastText.Contains("is someone having a medical emergency", StringComparison.Ordinal))
        {
            // Nine words the coach cannot follow mid-set: the net asks once; the foot and its band are no red flag.
            await person.SayAsync("neither");
        }

        Assert.DoesNotContain("Safety check.", person.LastText);
        Assert.DoesNotContain("Just to be safe", person.LastText);
        Assert.DoesNotContain(Route, person.LastText);
        await person.SayAsync("done");
        Assert.True(person.ShowsRestCard, person.LastText);
    }

    private async Task<ConversationDriver> GetToAsync(string moment)
    {
        var person = app.NewPerson();
        switch (moment)
        {
            case "first message":
                await person.JoinAsync();
                break;
            case "at the workout offer":
                await person.AnswerIntakeAsync();
                break;
            case "mid-set":
                await person.StartWorkoutAsync();
                break;
            case "during a rest":
                await person.StartWorkoutAsync();
                await person.ClickAsync("Done set");
                break;
            case "after the summary":
                await person.StartWorkoutAsync();
                await person.SayAsync("stop");
                break;
        }

        return person;
    }
}
