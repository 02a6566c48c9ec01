using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Bot.Tests.Integration.Resilience;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;
using Xunit.Abstractions;

namespace RunnersKnee.Bot.Tests.EndToEnd.Processes;

/// <summary>
/// The real app as its own process on the file store is killed (SIGKILL, no shutdown) in the middle of a set; a
/// new process on the same folders carries on from the exact step, and the card on screen before the crash still works.
/// </summary>
public sealed partial class ProcessCrashTests(ITestOutputHelper output) : IDisposable
{
    private const string ExactStep = "Now: Single-Leg Step Downs, Exercise 3 of 8 · Right side · Set 2 of 3";

    private readonly string _root = Directory.CreateTempSubdirectory("rk-crash-").FullName;

    [Fact]
    public async Task WhatsNext_ProcessKilledMidSetAndStartedAgain_AnswersTheStepThePersonWasOn()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        JsonObject stored;
        string before;
        int answerLength;
        JsonObject doneOnScreen;
        string conversationId;
        await using (var first = await BotProcess.StartAsync(BotProcess.DefaultAssemblyPath, Settings()))
        {
            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            var person = new ConversationDriver(client, connector);
            conversationId = person.ConversationId;
            await MidWorkout.StartAsync(person, "skip", "skip", "done", "done", "done", "done", "done", "done");
            doneOnScreen = person.FindButton("Done set");
            await person.SayAsync("start timer");
            var answer = await person.SayAsync("what's next");
            answerLength = answer.Count;
            before = string.Join(" ", answer.Select(reply => reply.Text));
            stored = await StoredConversation.ReadFileAsync(StateDirectory, person.UserId);

            await first.KillAsync();

            Assert.True(first.HasExited);
        }

        await using var second = await BotProcess.StartAsync(BotProcess.DefaultAssemblyPath, Settings());
        using var secondClient = new HttpClient { BaseAddress = second.BaseAddress };
        var again = new ConversationDriver(secondClient, connector, conversationId: conversationId);
        // The killed process had not yet marked its last replies delivered, so they come again first (nothing is lost).
        var after = string.Join(" ", (await again.PostAsync(Message("after-crash-1", "what's next"))).TakeLast(answerLength).Select(reply => reply.Text));
        var resumed = await StoredConversation.ReadFileAsync(StateDirectory, again.UserId);
        var done = await again.PostAsync(Click("after-crash-2", doneOnScreen));

        output.WriteLine($"Before the crash: {before}\nAfter the restart: {after}");
        Assert.StartsWith(ExactStep, before, StringComparison.Ordinal);
        Assert.Equal(WithoutTimerPhase(before), WithoutTimerPhase(after));
        Assert.Equal(stored["coach"]!["workout"]!["timerStartedAt"]!.GetValue<string>(), resumed["coach"]!["workout"]!["timerStartedAt"]!.GetValue<string>());
        Assert.Contains(done, reply => reply.Text?.StartsWith(ReplyKinds.SetDone, StringComparison.Ordinal) == true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private string StateDirectory => Path.Combine(_root, "state");

    private Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = string.Empty,
        ["Storage__Provider"] = "File",
        ["Storage__File__Directory"] = StateDirectory,
        ["Timers__Scheduler__Provider"] = "Local",
        ["Timers__Local__Directory"] = Path.Combine(_root, "timers"),
    };

    private static Activity Message(string id, string text) => new() { Id = id, Type = ActivityTypes.Message, Text = text };

    private static Activity Click(string id, JsonObject data) => new()
    {
        Id = id,
        Type = ActivityTypes.Message,
        Value = BotJson.ToElement(data),
        ChannelData = BotJson.ToElement(new { postBack = true }),
    };

    // The running timer's phase ("Timer: hold, rep 3 of 12.") moves with the clock; the step must not.
    private static string WithoutTimerPhase(string answer) => TimerPhase().Replace(answer, string.Empty);

    [GeneratedRegex(@"\s*Timer: [^.]*\.")]
    private static partial Regex TimerPhase();
}
