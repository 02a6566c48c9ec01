using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>The summary says how each exercise ended, how long it took, the pain before and after, and what next.</summary>
public sealed class SummaryStatusTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Fact]
    public async Task Summary_StoppedForPainMidSet_SaysSoWithTheScoreAndTheRestNotReached()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync(painBefore: "3");
        await person.SayAsync("skip");
        await person.ClickAsync("Done set");
        await person.ClickAsync("Done set");

        await person.SayAsync("that hurt 6/10");
        await person.SayAsync("stop for today");

        var summary = person.Summary!;
        Assert.Equal("Skipped", summary["Side Steps"]);
        Assert.Equal("Stopped for pain (6/10)", summary["Banded Side Clams"]);
        Assert.Equal("Not started", summary["Single-Leg Step Downs"]);
        Assert.Equal("Not reached", summary["Wall Squats"]);
        Assert.Equal(8, summary.Count);
        Assert.Contains("Pain before the workout: 3/10.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("Pain at the last check: 6/10.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("Time taken: under a minute.", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_SomeSetsDone_PartlyDoneWithCountsAndANextStep()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.ClickAsync("Done set");
        await person.ClickAsync("Done set");
        await person.ClickAsync("Easier");
        await person.ClickAsync("Done set");

        await person.SayAsync("stop");

        Assert.Equal("Partly done (2 of 6 sets) · easier version", person.Summary!["Side Steps"]);
        Assert.Equal("Not reached", person.Summary["Banded Side Clams"]);
        Assert.Contains("Well done.", person.LastText, StringComparison.Ordinal);
        Assert.Contains("Next time, say \"start workout\"", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_NothingDone_NoPraiseAndEveryStatusOnItsOwnLine()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("stop");

        var card = person.LastCards.Last();
        Assert.DoesNotContain("Well done", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain(card["body"]!.AsArray(), item => item!["type"]!.GetValue<string>() == "FactSet");
        Assert.All(card["body"]!.AsArray().Where(item => item!["id"] is not null), item =>
        {
            var lines = item!["items"]!.AsArray();
            Assert.Equal(2, lines.Count);
            Assert.All(lines, line => Assert.True(line!["wrap"]!.GetValue<bool>()));
        });
        Assert.Equal("Not started", person.Summary!["Side Steps"]);
    }
}
