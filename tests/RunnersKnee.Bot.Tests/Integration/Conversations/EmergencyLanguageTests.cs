using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>Emergency or self-harm language stops coaching at any moment (feature row 30).</summary>
public sealed class EmergencyLanguageTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    /// <summary>Self-harm language gets the crisis line as well as the emergency number; the rest, an ambulance.</summary>
    public static TheoryData<string, string> Moments => new()
    {
        { "before anything", "I want to kill myself" },
        { "at the first question", "i think im having chest pain" },
        { "at the safety check", "please call an ambulance" },
        { "at the workout offer", "I cant breathe" },
        { "mid-set", "I want to end my life" },
        { "during a rest", "Im suicidal" },
        { "at the pain check", "I want to hurt myself" },
        { "after the summary", "this is an emergency" },
        { "mid-set", "i wnat to kil myself" },
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public async Task EmergencyLanguage_AtAnyMoment_StopsCoachingWithEmergencyGuidance(string moment, string message)
    {
        var person = app.NewPerson();
        await GetToAsync(person, moment);

        await person.SayAsync(message);

        Assert.Contains("I'm stopping the coaching.", person.LastText);
        Assert.Contains("911", person.LastText);
        Assert.Contains(IsSelfHarm(message) ? "988" : "call an ambulance now", person.LastText);
        Assert.False(person.ShowsSetCard);
        Assert.DoesNotContain("Where does your knee hurt?", person.LastText);
        Assert.DoesNotContain("Safety check.", person.LastText);
    }

    [Theory]
    [InlineData("mid-set")]
    [InlineData("at the first question")]
    public async Task EmergencyLanguage_ThenCarryingOn_NeverShowsAWorkoutCard(string moment)
    {
        var person = app.NewPerson();
        await GetToAsync(person, moment);
        var oldCard = person.HasButton("Done set") ? person.FindButton("Done set") : null;
        await person.SayAsync("I want to die");

        foreach (var message in new[] { "done", "resume", "yes", "next" })
        {
            await person.SayAsync(message);
            Assert.False(person.ShowsSetCard, $"\"{message}\" brought a workout back:\n{person.LastText}");
        }

        if (oldCard is not null)
        {
            await person.SubmitAsync(oldCard);
            Assert.Contains("That card is out of date", person.LastText);
            Assert.False(person.ShowsSetCard);
        }
    }

    private static readonly string[] AllMoments =
        ["before anything", "at the first question", "at the safety check", "at the workout offer", "mid-set", "during a rest", "at the pain check", "after the summary"];

    /// <summary>Every class of the safety screen at every moment: the class and what the person must see.</summary>
    public static TheoryData<string, string, string> EveryClassEveryMoment()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var moment in AllMoments)
        {
            data.Add(moment, "there's a crushing feeling in my chest", "call an ambulance now");
            data.Add(moment, "I want to end my life", "988");
            data.Add(moment, "I feel a bit dizzy", "Just to be safe: are you having chest pain or pressure");
            data.Add(moment, "I feel so hopeless", "I want to be sure I understood you");
            data.Add(moment, "my knee is swelling", moment == "at the safety check" ? "Please get medical help today" : "Safety check.");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryClassEveryMoment))]
    public async Task EveryClass_AtEveryMoment_GetsItsRouteAndNoSetCard(string moment, string message, string expected)
    {
        var person = app.NewPerson();
        await GetToAsync(person, moment);

        await person.SayAsync(message);

        Assert.Contains(expected, person.LastText);
        Assert.False(person.ShowsSetCard);
    }

    private static bool IsSelfHarm(string message) =>
        new[] { "kill", "kil", "life", "suicidal", "hurt myself", "die" }.Any(word => message.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static async Task GetToAsync(ConversationDriver person, string moment)
    {
        switch (moment)
        {
            case "before anything":
                await person.JoinAsync();
                break;
            case "at the first question":
                await person.SayAsync("hi");
                break;
            case "at the safety check":
                await person.SayAsync("hi");
                foreach (var answer in new[] { "kneecap", "ache", "stairs", "3 weeks", "gradually", "3", "34" })
                {
                    await person.SayAsync(answer);
                }

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
            case "at the pain check":
                await person.StartWorkoutAsync();
                await person.SayAsync("skip");
                await person.FinishExerciseAsync();
                break;
            case "after the summary":
                await person.StartWorkoutAsync();
                await person.SayAsync("stop");
                break;
        }
    }
}
