using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// Every command said in the middle of the intake (here at the third question, "what brings it on?"): answered,
/// then the same question again, and the next answer carries on from there.
/// </summary>
public sealed class IntakeCommandTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Third = "What brings it on?";
    private const string Fourth = "How long have you had it?";

    [Theory]
    [InlineData("what's next", "Next: a few more questions")]
    [InlineData("whats nxt", "Next: a few more questions")]
    [InlineData("where am I", "Next: a few more questions")]
    [InlineData("how many left", "Next: a few more questions")]
    [InlineData("repeat", Third)]
    [InlineData("say that again", Third)]
    [InlineData("skip", "This question matters for your safety, so I can't skip it.")]
    [InlineData("help", "What you can say")]
    [InlineData("easier", "Let's finish these questions first")]
    [InlineData("done", "Let's finish these questions first")]
    [InlineData("start workout", "Let's finish these questions first")]
    [InlineData("resume", Third)]
    [InlineData("what do you know about me", "Your answers: where it hurts")]
    public async Task Command_AtThirdQuestion_AnswersThenAsksTheSameQuestion(string command, string reply)
    {
        var person = await AtThirdQuestionAsync();

        await person.SayAsync(command);

        Assert.Contains(reply, person.LastText);
        Assert.Contains(Third, LastMessage(person));
        Assert.False(person.ShowsSetCard);
        await person.SayAsync("running");
        Assert.Contains(Fourth, person.LastText);
    }

    [Theory]
    [InlineData("Check my knee")]
    [InlineData("Start workout")]
    public async Task HelpCardButton_AtThirdQuestion_KeepsThePlace(string button)
    {
        var person = await AtThirdQuestionAsync();
        await person.SayAsync("help");

        await person.ClickAsync(button);

        Assert.Contains(Third, person.LastText);
        await person.SayAsync("running");
        Assert.Contains(Fourth, person.LastText);
    }

    [Fact]
    public async Task Back_AtThirdQuestion_AsksTheSecondAgainThenCarriesOn()
    {
        var person = await AtThirdQuestionAsync();

        await person.SayAsync("go back");
        Assert.Contains("How does it feel?", person.LastText);
        await person.SayAsync("sharp");
        Assert.Contains(Third, person.LastText);
        await person.SayAsync("running");

        Assert.Contains(Fourth, person.LastText);
    }

    [Fact]
    public async Task Back_AtFirstQuestion_SaysSoAndAsksItAgain()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");

        await person.SayAsync("back");

        Assert.Contains("We're at the first question already.", person.LastText);
        Assert.Contains("Where does your knee hurt?", person.LastText);
    }

    [Fact]
    public async Task Back_AtSafetyCheckForAnAdult_AsksTheAgeAgain()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        foreach (var answer in new[] { "kneecap", "ache", "stairs", "3 weeks", "gradually", "3", "34" })
        {
            await person.SayAsync(answer);
        }

        Assert.Contains("Safety check.", person.LastText);
        await person.SayAsync("back");

        Assert.Contains("Which age group are you in?", person.LastText);
        Assert.DoesNotContain("Safety check.", person.LastText);
        await person.SayAsync("52");
        Assert.Contains("Safety check.", person.LastText);
    }

    [Fact]
    public async Task PauseThenResume_AtThirdQuestion_WaitsThenAsksTheSameQuestion()
    {
        var person = await AtThirdQuestionAsync();

        await person.SayAsync("pause");
        Assert.Contains("I'll wait here", person.LastText);
        await person.SayAsync("resume");
        Assert.Contains(Third, person.LastText);
        await person.SayAsync("running");

        Assert.Contains(Fourth, person.LastText);
    }

    [Fact]
    public async Task Pause_AtThirdQuestion_StillTakesTheAnswerAfterwards()
    {
        var person = await AtThirdQuestionAsync();
        await person.SayAsync("hold on");

        await person.SayAsync("stairs");

        Assert.Contains(Fourth, person.LastText);
    }

    [Fact]
    public async Task Stop_AtThirdQuestion_StopsAndHiStartsAgain()
    {
        var person = await AtThirdQuestionAsync();

        await person.SayAsync("stop");
        Assert.Contains("OK, stopped.", person.LastText);
        Assert.DoesNotContain(Third, person.LastText);
        await person.SayAsync("running");
        Assert.DoesNotContain(Fourth, person.LastText);

        await person.SayAsync("hi");
        Assert.Contains("Where does your knee hurt?", person.LastText);
    }

    [Fact]
    public async Task StartOver_AtThirdQuestion_BeginsAgainFromTheFirst()
    {
        var person = await AtThirdQuestionAsync();

        await person.SayAsync("start over");

        Assert.Contains("OK, let's start again from the beginning.", person.LastText);
        Assert.Contains("Where does your knee hurt?", person.LastText);
        await person.SayAsync("kneecap");
        Assert.Contains("How does it feel?", person.LastText);
    }

    [Theory]
    [InlineData("what's next")]
    [InlineData("help")]
    [InlineData("skip")]
    public async Task Command_AtSafetyCheck_AsksTheSafetyQuestionAgain(string command)
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        foreach (var answer in new[] { "kneecap", "ache", "stairs", "3 weeks", "gradually", "3", "34" })
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync(command);

        Assert.Contains("Safety check.", person.LastText);
        await person.SayAsync("yes");
        Assert.Contains("Please get medical help today", person.LastText);
    }

    private async Task<ConversationDriver> AtThirdQuestionAsync()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        await person.SayAsync("kneecap");
        await person.SayAsync("ache");
        Assert.Contains(Third, person.LastText);
        return person;
    }

    /// <summary>The last message of the turn (the question should come after any answer to the command).</summary>
    private static string LastMessage(ConversationDriver person) => string.Join("\n", ConversationDriver.TextsOf(person.Last[^1]));
}
