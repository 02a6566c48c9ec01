using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// After emergency or crisis guidance coaching stays closed for that person until they say, separately and
/// explicitly, that they are safe and have been seen; every message meanwhile opens with the route again.
/// </summary>
public sealed class SafetyLockTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("start workout")]
    [InlineData("start over")]
    [InlineData("hi")]
    [InlineData("yes")]
    [InlineData("my knee hurts when I run")]
    [InlineData("resume")]
    public async Task AfterChestPain_AnythingButImOk_KeepsTheIntakeAndTheWorkoutShut(string message)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("I have chest pain");

        await person.SayAsync(message);

        Assert.StartsWith("If this is an emergency, call 911 now.", person.LastText);
        Assert.Contains("The coaching is closed for now", person.LastText);
        Assert.False(person.ShowsSetCard);
        Assert.DoesNotContain("Where does your knee hurt?", person.LastText);
    }

    [Fact]
    public async Task AfterChestPain_TheAssessedKneeUnlock_NeverReopensCoaching()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("chest pain");

        await person.SayAsync("start workout");
        await person.SayAsync("yes, a clinician assessed my knee");
        await person.SayAsync("yes");

        Assert.Contains("The coaching is closed for now", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task ImOkNow_ConfirmedYes_ReopensButTheWorkoutStillWaitsForTheKneeCheck()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("I want to end my life");
        Assert.Contains("988", person.LastText);

        await person.SayAsync("I'm OK now");
        Assert.Contains("Are you safe now, and have you been seen", person.LastText);
        await person.SayAsync("yes");
        Assert.Contains("I'm glad you're safe", person.LastText);

        await person.SayAsync("start workout");
        Assert.DoesNotContain("If you're in danger, call 911", person.LastText);
        Assert.DoesNotContain("The coaching is closed for now", person.LastText);
        Assert.Contains("assessed", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task ImOkNow_AnsweredNo_StaysClosed()
    {
        var person = app.NewPerson();
        await person.SayAsync("I can't breathe");
        await person.SayAsync("I'm OK now");

        await person.SayAsync("no");
        await person.SayAsync("start workout");

        Assert.StartsWith("If this is an emergency, call 911 now.", person.LastText);
        Assert.Contains("The coaching is closed for now", person.LastText);
    }

    [Fact]
    public async Task DeleteMyData_WhileLocked_RepeatsTheRouteErasesAndKeepsCoachingClosed()
    {
        var person = app.NewPerson();
        await person.SayAsync("I have chest pain");

        await person.SayAsync("delete my data");
        Assert.StartsWith("If this is an emergency, call 911 now.", person.LastText);
        await person.SayAsync("yes");

        Assert.StartsWith("If this is an emergency, call 911 now.", person.LastText);
        Assert.Contains("the coaching stays closed until you tell me you're safe and have been seen", person.LastText);
        await person.SayAsync("start workout");
        Assert.StartsWith("If this is an emergency, call 911 now.", person.LastText);
        Assert.Contains("The coaching is closed for now", person.LastText);
        Assert.DoesNotContain("Where does your knee hurt?", person.LastText);
    }

    [Theory]
    [InlineData("yes I'm safe, didnt need to see anyone tho")]
    [InlineData("yes but I haven't been seen")]
    [InlineData("well im safe, the pain went so didnt bother going in")]
    [InlineData("no")]
    public async Task ImOkNow_ButNotSeen_KeepsCoachingClosed(string answer)
    {
        var person = app.NewPerson();
        await person.SayAsync("right now i feel like im gonna black out and my heart is going like crazy");
        await person.SayAsync("I'm OK now");

        await person.SayAsync(answer);
        await person.SayAsync("start workout");

        Assert.StartsWith("If this is an emergency, call 911 now.", person.LastText);
        Assert.Contains("The coaching is closed for now", person.LastText);
    }

    [Theory]
    [InlineData("en-GB", "I have chest pain", "999")]
    [InlineData("en-GB", "I want to kill myself", "Samaritans on 116 123")]
    [InlineData("en-US", "I want to kill myself", "988")]
    [InlineData("de-DE", "I have chest pain", "112")]
    [InlineData("es-ES", "quiero suicidarme, suicide", "024")]
    [InlineData("es-ES", "chest pain", "llama a una ambulancia ahora: 112")]
    [InlineData("en", "chest pain", "911 in the US and Canada, 999 in the UK, 112 in Europe")]
    public async Task Guidance_GivesTheNumbersForThePersonsRegionAndLanguage(string locale, string message, string expected)
    {
        var person = app.NewPerson();

        await person.PostAsync(new Activity { Type = ActivityTypes.Message, Text = message, Locale = locale });

        Assert.Contains(expected, person.LastText);
    }
}
