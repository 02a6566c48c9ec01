using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>The summary's last line fits the session: praise only when something was done, never after it hurt.</summary>
public sealed class SummaryClosingTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    [Fact]
    public async Task StopBeforeAnySet_NoPraise()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();

        await person.SayAsync("stop");

        Assert.Contains("No sets done this time", person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Well done", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAfterASet_Praise()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.ClickAsync("Done set");

        await person.SayAsync("stop");

        Assert.Contains("Well done", person.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndedForPain_SaysWhyAndWhatToDo()
    {
        var person = app.NewPerson();
        await person.StartWorkoutAsync();
        await person.ClickAsync("Done set");

        await person.SayAsync("that hurt 9/10");

        Assert.Contains("We stopped because it hurt", person.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Well done", person.Transcript, StringComparison.Ordinal);
    }
}
