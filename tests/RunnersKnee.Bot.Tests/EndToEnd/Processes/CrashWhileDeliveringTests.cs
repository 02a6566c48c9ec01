using System.Net;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.EndToEnd.Processes;

/// <summary>
/// The real app on the file store is killed (SIGKILL) after it saved a turn and while it was delivering the turn's
/// replies: the channel hangs on the second of three. A new process on the same folders delivers every reply of that
/// turn before anything else, whether the channel sends the same activity again or the person writes on. The reply
/// the dead process had already delivered comes a second time: nothing says what reached the channel.
/// </summary>
public sealed class CrashWhileDeliveringTests : IDisposable
{
    private static readonly string[] Advice = ["Rest and ice", "When to see a physical therapist", "Ready for the strength workout?"];

    private readonly string _root = Directory.CreateTempSubdirectory("rk-crash-delivery-").FullName;

    [Fact]
    public async Task KilledWhileDelivering_ChannelSendsTheSameMessageAgain_EveryReplyOfTheTurnArrives()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var (conversationId, answer, before) = await KillWhileDeliveringTheAdviceAsync(connector);

        await using var second = await BotProcess.StartAsync(BotProcess.DefaultAssemblyPath, Settings());
        using var client = new HttpClient { BaseAddress = second.BaseAddress };
        var again = new ConversationDriver(client, connector, "msteams", conversationId);
        var status = await again.SendAsync(answer);

        Assert.Equal(HttpStatusCode.OK, status);
        var delivered = await DeliveredAfterAsync(connector, conversationId, before, Advice.Length + 1);
        AssertEveryAdviceReplyInOrder(delivered);
        Assert.Equal(2, delivered.Count(reply => Says(reply, Advice[0])));
        Assert.Equal(1, delivered.Count(reply => Says(reply, Advice[1])));
        Assert.Equal(1, delivered.Count(reply => Says(reply, Advice[2])));
    }

    [Fact]
    public async Task KilledWhileDelivering_PersonWritesOnToTheNextProcess_TheTurnsRepliesComeFirst()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var (conversationId, _, before) = await KillWhileDeliveringTheAdviceAsync(connector);

        await using var second = await BotProcess.StartAsync(BotProcess.DefaultAssemblyPath, Settings());
        using var client = new HttpClient { BaseAddress = second.BaseAddress };
        var again = new ConversationDriver(client, connector, "msteams", conversationId);
        await again.SayAsync("yes");

        var delivered = connector.DeliveredActivities(conversationId).Skip(before).ToList();
        AssertEveryAdviceReplyInOrder(delivered);
        var lastAdvice = delivered.FindLastIndex(reply => Says(reply, Advice[^1]));
        var answerToYes = delivered.FindIndex(reply => Says(reply, "Before we start: how does your knee feel right now"));
        Assert.True(answerToYes > lastAdvice && lastAdvice >= 0, "The answer to the new message came before the killed turn's replies:\n" + string.Join("\n", delivered.Select(reply => string.Join(" ", ConversationDriver.TextsOf(reply)))));
        Assert.Equal(1, delivered.Count(reply => Says(reply, Advice[1])));
        Assert.Equal(1, delivered.Count(reply => Says(reply, Advice[2])));
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

    /// <summary>Answers the intake up to its last question, then kills the process while the channel hangs on the answer's second reply.</summary>
    private async Task<(string ConversationId, Activity Answer, int DeliveredBefore)> KillWhileDeliveringTheAdviceAsync(LoopbackConnector connector)
    {
        await using var first = await BotProcess.StartAsync(BotProcess.DefaultAssemblyPath, Settings());
        using var client = new HttpClient { BaseAddress = first.BaseAddress };
        var person = new ConversationDriver(client, connector, "msteams");
        await person.JoinAsync();
        foreach (var text in new[] { "hi", "behind the kneecap", "a dull ache", "running and stairs", "3 weeks", "gradually", "2", "34", "no" })
        {
            await person.SayAsync(text);
        }

        Assert.Contains("And do **any** of these apply", person.LastText, StringComparison.Ordinal);
        var before = connector.DeliveredActivities(person.ConversationId).Count;
        var calls = connector.Calls.Count;
        var never = new TaskCompletionSource();
        connector.StallAfter(1, never.Task);
        var answer = person.Address(new Activity { Type = ActivityTypes.Message, Text = "no", Id = "teams-answer-" + Guid.NewGuid().ToString("N")[..8] });
        var hanging = person.SendAsync(answer);

        await Poll.UntilAsync(() => connector.Calls.Count >= calls + 2, "the answer's second reply to reach the hanging channel");
        await first.KillAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => hanging);
        never.SetResult();

        Assert.Single(connector.DeliveredActivities(person.ConversationId).Skip(before), reply => Says(reply, Advice[0]));
        Assert.DoesNotContain(connector.DeliveredActivities(person.ConversationId).Skip(before), reply => Says(reply, Advice[1]));
        return (person.ConversationId, answer, before);
    }

    private static async Task<List<Activity>> DeliveredAfterAsync(LoopbackConnector connector, string conversationId, int before, int count)
    {
        await Poll.UntilAsync(() => connector.DeliveredActivities(conversationId).Count >= before + count, "the turn's replies to be delivered");
        return [.. connector.DeliveredActivities(conversationId).Skip(before)];
    }

    /// <summary>Each advice reply arrived, and their last arrivals are in the order the turn sent them.</summary>
    private static void AssertEveryAdviceReplyInOrder(List<Activity> delivered)
    {
        var positions = Advice.Select(text => delivered.FindLastIndex(reply => Says(reply, text))).ToList();
        Assert.All(positions, position => Assert.True(position >= 0, "A reply of the killed turn never arrived."));
        Assert.Equal(positions.Order(), positions);
    }

    private static bool Says(Activity activity, string text) =>
        ConversationDriver.TextsOf(activity).Any(t => t.Contains(text, StringComparison.Ordinal));

    private Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = string.Empty,
        ["Storage__Provider"] = "File",
        ["Storage__File__Directory"] = Path.Combine(_root, "state"),
        ["Timers__Scheduler__Provider"] = "Local",
        ["Timers__Local__Directory"] = Path.Combine(_root, "timers"),
    };
}
