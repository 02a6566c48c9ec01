using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Conversations;

/// <summary>
/// The app is stopped and started again on the same state folder (the file store), as on a redeploy: the
/// conversation carries on at the exact step, whether it was paused, resting, or in the middle of the intake.
/// </summary>
public sealed class RestartResumeTests : IAsyncLifetime
{
    private readonly string _state = Directory.CreateTempSubdirectory("rk-state-").FullName;
    private readonly string _timers = Directory.CreateTempSubdirectory("rk-timers-").FullName;
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_state, recursive: true);
        Directory.Delete(_timers, recursive: true);
    }

    [Fact]
    public async Task Resume_AfterRestartWhilePaused_ContinuesAtTheExactSet()
    {
        var conversation = await BeforeRestartAsync(async person =>
        {
            await person.StartWorkoutAsync();
            await person.SayAsync("skip");
            await person.ClickAsync("Done set");
            await person.ClickAsync("Done set");
            await person.SayAsync("pause");
            Assert.Contains("Paused at Exercise 2 of 8 · Set 2 of 3", person.LastText);
        });

        await AfterRestartAsync(conversation, async person =>
        {
            await person.SayAsync("resume");

            Assert.Contains("Resumed. Here's where you were.", person.LastText);
            Assert.Contains("Exercise 2 of 8 · Set 2 of 3", person.LastText);
            Assert.True(person.ShowsSetCard);
            await person.SayAsync("stop");
            Assert.Equal("Partly done (1 of 3 sets)", person.Summary!["Banded Side Clams"]);
            Assert.Equal("Skipped", person.Summary["Side Steps"]);
        });
    }

    [Fact]
    public async Task DoneOnTheRestCard_AfterRestart_StillWorks()
    {
        var doneOnRestCard = new System.Text.Json.Nodes.JsonObject();
        var conversation = await BeforeRestartAsync(async person =>
        {
            await person.StartWorkoutAsync();
            await person.ClickAsync("Done set");
            doneOnRestCard = person.FindButton("Done set");
        });

        await AfterRestartAsync(conversation, async person =>
        {
            await person.SubmitAsync(doneOnRestCard);

            Assert.DoesNotContain("out of date", person.LastText);
            Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", person.LastText);
            Assert.True(person.ShowsSetCard);
        });
    }

    [Fact]
    public async Task Answer_AfterRestartMidIntake_GoesToTheNextQuestion()
    {
        var conversation = await BeforeRestartAsync(async person =>
        {
            await person.SayAsync("hi");
            await person.SayAsync("kneecap");
            await person.SayAsync("ache");
            await person.SayAsync("stairs");
        });

        await AfterRestartAsync(conversation, async person =>
        {
            await person.SayAsync("repeat");
            Assert.Contains("How long have you had it?", person.LastText);
            await person.SayAsync("2 months");

            Assert.Contains("Did it start after a fall", person.LastText);
        });
    }

    [Fact]
    public async Task Resume_AfterRestartWhileResting_SaysNotPausedAndShowsTheRest()
    {
        var conversation = await BeforeRestartAsync(async person =>
        {
            await person.StartWorkoutAsync();
            await person.ClickAsync("Done set");
        });

        await AfterRestartAsync(conversation, async person =>
        {
            await person.SayAsync("resume");

            Assert.Contains("We're not paused. Here's where you are.", person.LastText);
            ShownAssert.Ends(person, Shown.RestCard);
            Assert.Contains("Next: Side Steps (Exercise 1 of 8 · Right side · Set 1 of 3)", person.LastText);
        });
    }

    /// <summary>Runs the first part on an app that is then disposed; returns the conversation id.</summary>
    private async Task<string> BeforeRestartAsync(Func<ConversationDriver, Task> script)
    {
        await using var app = new BotApp(CoachAppFixture.Settings(_timers, _state));
        using var client = app.CreateClient();
        var person = new ConversationDriver(client, _connector);
        await script(person);
        return person.ConversationId;
    }

    private async Task AfterRestartAsync(string conversationId, Func<ConversationDriver, Task> script)
    {
        await using var app = new BotApp(CoachAppFixture.Settings(_timers, _state));
        using var client = app.CreateClient();
        await script(new ConversationDriver(client, _connector, conversationId: conversationId));
    }
}
