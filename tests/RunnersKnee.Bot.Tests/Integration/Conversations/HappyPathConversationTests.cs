using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>From hello to the workout summary, once typing every answer and once only tapping buttons.</summary>
public sealed class HappyPathConversationTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string ExerciseNames = "Side Steps, Banded Side Clams, Single-Leg Step Downs, Single-Leg Deadlift, Straight-Leg Raise, Knee Extensions, Hamstring Curls, Wall Squats";

    [Fact]
    public async Task Conversation_TypedAnswersAllTheWay_EndsWithSummaryOfEveryExercise()
    {
        var person = app.NewPerson();

        await person.JoinAsync();
        Assert.Contains("Hi, I'm Runner's Knee Coach", person.LastText);
        await person.SayAsync("hi");
        Assert.Contains("Where does your knee hurt?", person.LastText);
        await person.SayAsync("behind the kneecap");
        Assert.Contains("How does it feel?", person.LastText);
        await person.SayAsync("a dull ache");
        Assert.Contains("What brings it on?", person.LastText);
        await person.SayAsync("running and going down stairs");
        Assert.Contains("How long have you had it?", person.LastText);
        await person.SayAsync("3 weeks");
        Assert.Contains("Did it start after a fall", person.LastText);
        await person.SayAsync("gradually");
        Assert.Contains("How much does it hurt right now", person.LastText);
        await person.SayAsync("2");
        Assert.Contains("Which age group are you in?", person.LastText);
        await person.SayAsync("34");
        Assert.Contains("Safety check.", person.LastText);
        await person.SayAsync("no");
        Assert.Contains("And do **any** of these apply, now or on and off?", person.LastText);
        await person.SayAsync("no");

        Assert.Contains("Rest and ice", person.LastText);
        Assert.Contains("When to see a physical therapist", person.LastText);
        Assert.Contains("Ready for the strength workout?", person.LastText);
        Assert.False(person.ShowsSetCard);

        await person.SayAsync("yes");
        Assert.Contains("Before we start: how does your knee feel right now", person.LastText);
        await person.SayAsync("2");
        Assert.True(person.ShowsSetCard);
        Assert.Contains("Exercise 1 of 8 · Left side · Set 1 of 3", person.LastText);

        var turns = await FinishWorkoutAsync(person, () => person.SayAsync("done"), () => person.SayAsync("1"));

        Assert.Equal(ExerciseNames, person.SummaryWith("Done"));
        Assert.Equal("none", person.SummaryWith("Skipped"));
        Assert.Equal("Done · pain 1/10", person.Summary!["Wall Squats"]);
        Assert.Equal(34 + 26 + 8, turns);
    }

    [Fact]
    public async Task Conversation_OnlyTappingButtons_EndsWithSummaryOfEveryExercise()
    {
        var person = app.NewPerson();

        await person.JoinAsync();
        await person.ClickAsync("Check my knee");
        Assert.Contains("Where does your knee hurt?", person.LastText);
        foreach (var button in new[] { "Around or behind the kneecap", "A dull ache", "Running", "1 to 6 weeks", "Gradually", "2", "18 to 49", "No", "No" })
        {
            await person.ClickAsync(button);
        }

        Assert.Contains("Ready for the strength workout?", person.LastText);
        await person.TapSuggestedAsync("Yes");
        await person.ClickAsync("Skip");
        Assert.True(person.ShowsSetCard);

        await FinishWorkoutAsync(person, () => person.ClickAsync("Done set"), () => person.ClickAsync("0"));

        Assert.Equal(ExerciseNames, person.SummaryWith("Done"));
        Assert.Equal("none", person.SummaryWith("Skipped"));
        Assert.Equal(("Done · pain 0/10", "Done · pain 0/10"), (person.Summary!["Side Steps"], person.Summary["Banded Side Clams"]));
    }

    [Fact]
    public async Task WelcomeStartWorkout_BeforeTheCheck_AsksTheQuestionsFirst()
    {
        var person = app.NewPerson();
        await person.JoinAsync();

        await person.ClickAsync("Start workout");

        Assert.Contains("Before the workout, I need to check a few things about your knee.", person.LastText);
        Assert.Contains("Where does your knee hurt?", person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("yeah lets do it")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("go ahead")]
    [InlineData("ready")]
    [InlineData("lets go")]
    [InlineData("start workout")]
    public async Task Offer_AcceptedInEverydayWords_StartsTheWorkout(string answer)
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();

        await person.SayAsync(answer);
        Assert.Contains("Before we start", person.LastText);
        await person.SayAsync("skip");

        Assert.DoesNotContain("Let's finish these questions first", person.LastText);
        Assert.True(person.ShowsSetCard, person.LastText);
    }

    [Fact]
    public async Task Offer_DeclinedThenStartWorkout_StartsTheWorkout()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();

        await person.SayAsync("nope");
        Assert.Contains("Say \"start workout\" whenever you're ready.", person.LastText);
        Assert.False(person.ShowsSetCard);

        await person.SayAsync("start workout");
        await person.SayAsync("skip");
        Assert.True(person.ShowsSetCard);
    }

    /// <summary>Done on every set and rest, a pain score after every exercise, until the summary; returns the turns taken.</summary>
    private static async Task<int> FinishWorkoutAsync(ConversationDriver person, Func<Task> done, Func<Task> painScore)
    {
        var turns = 0;
        while (person.Summary is null)
        {
            Assert.True(turns++ < 100, "The workout never ended. The bot said:\n" + person.LastText);
            await (person.ShowsPainCheck ? painScore() : done());
        }

        return turns;
    }
}
