using System.Net;
using System.Net.Http.Json;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Bot.Tests.Integration.Resilience;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;
using Xunit.Abstractions;

namespace RunnersKnee.Bot.Tests.EndToEnd.Processes;

/// <summary>
/// The real app as its own process gets SIGTERM (what App Service sends before a restart or scale-in) while a turn
/// is waiting on the channel: the turn finishes and delivers every reply, an activity that arrives meanwhile gets a
/// 503 with Retry-After (the Bot Connector sends it again), the process exits 0 within its shutdown window, and the
/// rest timer it had scheduled fires after the next start.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output) : IDisposable
{
    // The rest must still be pending at SIGTERM (a few hundred milliseconds after it is scheduled) and is due
    // soon after the restart.
    private const int RestSeconds = 15;

    private static readonly TimeSpan ShutdownWindow = TimeSpan.FromSeconds(20);

    private readonly string _root = Directory.CreateTempSubdirectory("rk-sigterm-").FullName;

    [Fact]
    public async Task Sigterm_TurnInFlight_FinishesItRefusesNewActivitiesExitsZeroAndKeepsTheRestTimer()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        string conversationId;
        await using (var first = await BotProcess.StartAsync(BotProcess.DefaultAssemblyPath, Settings()))
        {
            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            var person = new ConversationDriver(client, connector);
            conversationId = person.ConversationId;
            await MidWorkout.StartAsync(person, "done");
            Assert.True(person.ShowsRestCard, person.LastText);
            var helpReplies = (await person.SayAsync("help")).Count;

            // The in-flight turn: its first reply is held at the channel until released.
            var channel = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connector.StallNext(channel.Task);
            var calls = connector.Calls.Count;
            var inFlight = new Activity { Id = "in-flight-help", Type = ActivityTypes.Message, Text = "help" };
            var inFlightStatus = person.SendAsync(inFlight);
            await Poll.UntilAsync(() => connector.Calls.Count > calls, "the in-flight turn's first reply to reach the channel");

            first.Terminate();
            await first.WaitForOutputAsync("refusing new turns", TimeSpan.FromSeconds(10));
            using var refused = await client.PostAsJsonAsync(
                "/api/messages",
                person.Address(new Activity { Id = "after-sigterm", Type = ActivityTypes.Message, Text = "what's next" }),
                BotJsonContext.Default.Activity);

            channel.SetResult();
            var status = await inFlightStatus;
            var exitCode = await first.WaitForExitAsync(ShutdownWindow);

            output.WriteLine(first.Output);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(helpReplies, connector.DeliveredActivities(conversationId).Count(a => a.ReplyToId == inFlight.Id));
            Assert.DoesNotContain(connector.SentActivities(conversationId), a => a.ReplyToId == "after-sigterm");
            Assert.Equal(0, exitCode);
        }

        Assert.Single(Directory.GetFiles(TimersDirectory, "*.json"));
        var before = connector.SentActivities(conversationId).Count;

        await using var second = await BotProcess.StartAsync(BotProcess.DefaultAssemblyPath, Settings());

        var sent = await connector.WaitForActivitiesAsync(before + 1, TimeSpan.FromSeconds(RestSeconds + 30), conversationId);
        Assert.StartsWith("Rest is over", sent[before].Text, StringComparison.Ordinal);
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

    private string TimersDirectory => Path.Combine(_root, "timers");

    private Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = string.Empty,
        ["Storage__Provider"] = "File",
        ["Storage__File__Directory"] = Path.Combine(_root, "state"),
        ["Timers__Scheduler__Provider"] = "Local",
        ["Timers__Local__Directory"] = TimersDirectory,
        ["Timers__RestSeconds"] = RestSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Timers__RestOverGraceSeconds"] = "0",
        ["Shutdown__Timeout"] = ShutdownWindow.ToString(),
    };
}
