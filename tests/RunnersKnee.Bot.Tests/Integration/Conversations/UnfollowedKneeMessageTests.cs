using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// A message about the knee that the coach cannot follow ("kneecap does a weird sideways wobble") gets the direct
/// question first; answered "neither", it is a knee sign in new words, so the red-flag lists follow (research A2),
/// unless the person says all is well. Red-team round 4: "kneecap shifted sideways and clunked back" was answered
/// "no" and coached on.
/// </summary>
public sealed class UnfollowedKneeMessageTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Either = "is someone having a medical emergency";

    [Fact]
    public async Task MidSet_KneeMessageAnsweredNo_AsksTheRedFlagLists_AndAYesStopsTheWorkout()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("kneecap does a weird sideways wobble thing");
        Assert.Contains(Either, person.LastText);
        await person.SayAsync("no");

        Assert.Contains("let me check it's safe to carry on", person.LastText);
        Assert.Contains("Safety check.", person.LastText);
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("yes");
        Assert.Contains("Please get medical help today", person.LastText);
        Assert.Contains("We stopped so your knee can be checked first", person.LastText);
        await person.SayAsync("resume");
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task MidSet_KneeMessageAnsweredNo_BothListsNo_TheSetComesBack()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("kneecap does a weird sideways wobble thing");
        await person.SayAsync("no");

        await person.SayAsync("no");
        await person.SayAsync("no");

        Assert.True(person.ShowsSetCard, person.LastText);
    }

    [Theory]
    [InlineData("kneecap does a weird sideways wobble thing", "no, knee's fine")]
    [InlineData("phew these are really hard today lol", "no")]
    public async Task MidSet_AnsweredNo_ReassuredOrNotAboutTheKnee_TheSetComesBackAtOnce(string message, string answer)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync(message);
        Assert.Contains(Either, person.LastText);

        await person.SayAsync(answer);

        Assert.DoesNotContain("Safety check.", person.LastText);
        Assert.True(person.ShowsSetCard, person.LastText);
    }

    [Fact]
    public async Task DuringTheIntake_KneeMessageAnsweredNeither_ListsThenTheQuestionAgain()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        foreach (var answer in new[] { "kneecap", "ache", "stairs" })
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync("my kneecap does a weird sideways wobble whenever i go down steps");
        Assert.Contains(Either, person.LastText);
        await person.SayAsync("neither");
        Assert.Contains("Safety check.", person.LastText);
        await person.SayAsync("no");
        await person.SayAsync("no");

        Assert.Contains("How long have you had it?", person.LastText);
    }
}
