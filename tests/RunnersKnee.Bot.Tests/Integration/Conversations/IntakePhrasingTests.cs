using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// Typos and casual answers to each intake question: understood the first time (no "please answer ..." re-ask)
/// and read the right way, as the outcome they lead to shows.
/// </summary>
public sealed class IntakePhrasingTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private const string Cleared = "Ready for the strength workout?";
    private const string DoesNotFit = "This may not be runner's knee";
    private const string RestDay = "Today is a rest day";
    private const string Emergency = "Please get medical help today";
    private const string Assessment = "Get it checked first";
    private const string Child = "Please see a doctor or physio with a parent";

    private static readonly string[] RetryTexts =
    [
        "Sorry, I didn't catch where it hurts", "How would you describe it", "What makes it worse:", "Roughly how long:",
        "Did it start with an injury", "Please give me a number from 0 to 10", "Please pick an age group", "Please answer yes or no",
    ];

    [Theory]
    [InlineData("location", "behnd the kneecap", Cleared)]
    [InlineData("location", "its around my knee cap", Cleared)]
    [InlineData("location", "front of my knee", Cleared)]
    [InlineData("location", "under the kneecap I think", Cleared)]
    [InlineData("location", "the inside of the knee", DoesNotFit)]
    [InlineData("location", "more my shin", DoesNotFit)]
    [InlineData("feeling", "kinda achy", Cleared)]
    [InlineData("feeling", "it grinds and clicks", Cleared)]
    [InlineData("feeling", "not sure", Cleared)]
    [InlineData("triggers", "going downstairs", Cleared)]
    [InlineData("triggers", "jogging and sitting at my desk", Cleared)]
    [InlineData("triggers", "dont know", Cleared)]
    [InlineData("duration", "a few days", Cleared)]
    [InlineData("duration", "2 months", Cleared)]
    [InlineData("duration", "about three weeks", Cleared)]
    [InlineData("onset", "it just crept up on me", Cleared)]
    [InlineData("onset", "slowly", Cleared)]
    [InlineData("onset", "I fell off my bike", DoesNotFit)]
    [InlineData("pain", "about 6 out of 10", RestDay)]
    [InlineData("pain", "maybe a 3", Cleared)]
    [InlineData("pain", "two", Cleared)]
    [InlineData("pain", "5/10", Cleared)]
    [InlineData("pain", "none", Cleared)]
    [InlineData("pain", "sevn", RestDay)]
    [InlineData("age", "I'm 34", Cleared)]
    [InlineData("age", "34 years old", Cleared)]
    [InlineData("age", "im 14", Child)]
    [InlineData("age", "under 16", Child)]
    [InlineData("emergency", "nope", Cleared)]
    [InlineData("emergency", "nah none of those", Cleared)]
    [InlineData("emergency", "no", Cleared)]
    [InlineData("emergency", "yeah", Emergency)]
    [InlineData("emergency", "yes one of them", Emergency)]
    [InlineData("soon", "nope", Cleared)]
    [InlineData("soon", "not really", Cleared)]
    [InlineData("soon", "yep", "Please see a doctor soon")]
    public async Task Intake_CasualAnswer_IsUnderstoodFirstTime(string question, string answer, string outcome)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(With(question, answer));

        Assert.Contains(outcome, person.LastText);
        Assert.All(RetryTexts, retry => Assert.DoesNotContain(retry, person.Transcript));
    }

    [Theory]
    [InlineData("a few days", Assessment)]
    [InlineData("since yesterday", Assessment)]
    [InlineData("3 wks", Assessment)]
    [InlineData("2 months", Cleared)]
    [InlineData("a year", Cleared)]
    public async Task Intake_DurationAt52_DecidesWhetherPainIsNew(string duration, string outcome)
    {
        var person = app.NewPerson();

        await person.AnswerIntakeAsync(new IntakeScript { Age = "52", Duration = duration });

        Assert.Contains(outcome, person.LastText);
        Assert.All(RetryTexts, retry => Assert.DoesNotContain(retry, person.Transcript));
    }

    [Theory]
    [InlineData("purple")]
    [InlineData("asdf")]
    public async Task Intake_AnswerNotUnderstood_AsksAgainWithTheChoicesSpelledOut(string answer)
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");

        await person.SayAsync(answer);

        Assert.Contains("Sorry, I didn't catch where it hurts. Is it around or behind the kneecap", person.LastText);
        Assert.True(person.HasButton("Around or behind the kneecap"));
        await person.SayAsync("kneecap");
        Assert.Contains("How does it feel?", person.LastText);
    }

    private static IntakeScript With(string question, string answer)
    {
        var script = new IntakeScript();
        return question switch
        {
            "location" => script with { Location = answer },
            "feeling" => script with { Feeling = answer },
            "triggers" => script with { Triggers = answer },
            "duration" => script with { Duration = answer },
            "onset" => script with { Onset = answer },
            "pain" => script with { Pain = answer },
            "age" => script with { Age = answer },
            "emergency" => script with { EmergencyFlags = answer, SoonFlags = SaysYes(answer) ? null : "no" },
            "soon" => script with { SoonFlags = answer },
            _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
        };

        static bool SaysYes(string answer) => answer.StartsWith('y');
    }
}
