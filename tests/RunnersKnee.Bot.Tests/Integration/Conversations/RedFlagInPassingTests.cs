using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// A knee red flag said in passing (issue 14, fifth round): a pain score said with it is kept while the red flag is
/// acted on; the red-flag lists answered during the intake are not asked a second time at its end; a knee that
/// collapses is the knee giving way (the red-flag questions), not a person collapsing (the ambulance); after the
/// intake, a long message the coach cannot follow is asked about instead of answered with the help text.
/// </summary>
public sealed class RedFlagInPassingTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Theory]
    [InlineData("mid-set", "knee swollen up, pain 7/10", 7)]
    [InlineData("after the summary", "calf is swollen and sore, pain 5 out of 10", 5)]
    public async Task PainScoreSaidWithARedFlag_IsKept_WhileTheRedFlagGetsCare(string moment, string message, int pain)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        if (moment == "after the summary")
        {
            await person.SayAsync("stop");
        }

        await person.SayAsync(message);
        Assert.Contains("Safety check.", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("no");
        await person.SayAsync("no");
        Assert.Contains("Please get medical help today", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("export my data");

        var reports = ExportOf(person)["history"]!["painReports"]!.AsArray();
        Assert.Contains(reports, report => report!["pain"]!.GetValue<int>() == pain);
    }

    [Fact]
    public async Task RedFlagListsAnsweredDuringTheIntake_AreNotAskedAgainAtItsEnd_AndTheNamedSignStillCounts()
    {
        var person = app.NewPerson();
        await person.SayAsync("hi");
        await person.SayAsync("behind the kneecap");
        await person.SayAsync("dull ache, and it gives way on stairs now and then");
        Assert.Contains("Safety check.", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("no");
        await person.SayAsync("no");
        Assert.Contains("How does it feel?", person.LastText, StringComparison.Ordinal);

        foreach (var answer in new[] { "ache", "running", "3 weeks", "gradually", "3" })
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync("34");

        Assert.DoesNotContain("Safety check.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("Please see a doctor soon", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("start workout");
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("my knee collapsed under me")]
    [InlineData("knee just collapsed on the stairs")]
    public async Task KneeThatCollapses_GetsTheRedFlagQuestions_NotTheAmbulance(string message)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync(message);

        Assert.Contains("Safety check.", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("call an ambulance now", person.LastText, StringComparison.Ordinal);
        Assert.False(person.ShowsSetCard);
    }

    [Theory]
    [InlineData("i collapsed on the mat")]
    [InlineData("knee collapsed and i hit my head, feel sick")]
    public async Task PersonWhoCollapses_OrAHeadInjury_StillGetsTheAmbulance(string message)
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync(message);

        Assert.Contains("call an ambulance now", person.LastText, StringComparison.Ordinal);
        Assert.False(person.ShowsSetCard);
    }

    [Fact]
    public async Task AfterTheIntake_ALongMessageNothingFollows_GetsTheDirectQuestion_NotTheHelpText()
    {
        var person = app.NewPerson();
        await person.AnswerIntakeAsync();
        await person.SayAsync("not now");

        await person.SayAsync("my flatmate is acting very odd and i do not know what to do");

        Assert.Contains("is someone having a medical emergency", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("What you can say", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("medical emergency");
        Assert.Contains("call an ambulance now", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAStop_ALongMessageAboutTheKnee_Neither_BringsTheRedFlagLists()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("stop");

        await person.SayAsync("my knee feels really weird and wobbly since that last exercise honestly");
        Assert.Contains("is someone having a medical emergency", person.LastText, StringComparison.Ordinal);
        await person.SayAsync("neither");

        Assert.Contains("Safety check.", person.LastText, StringComparison.Ordinal);
    }

    private static JsonNode ExportOf(ConversationDriver person)
    {
        var attachment = person.Last.SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == "application/json");
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl!.Split(',')[1])))!;
    }
}
