using System.Net;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>
/// A channel that fails one reply of a turn with several: every reply still reaches the person exactly once and
/// in order, from the retry the bot schedules, the next message, or the channel's redelivery. On the memory store
/// replies are kept only after a failure; on the file store every turn's replies are also listed with its state.
/// </summary>
public sealed class FailedDeliveryTests : IDisposable
{
    private static readonly string[] AdviceReplies = ["Rest and ice", "When to see a physical therapist", "Ready for the strength workout?"];

    private readonly string _state = CoachHarness.NewTempDirectory("rk-failed-delivery-");

    public static TheoryData<string, string> Faults => new()
    {
        { "drop", "Memory" }, { "500", "Memory" }, { "502", "Memory" }, { "503", "Memory" }, { "504", "Memory" }, { "412", "Memory" }, { "429", "Memory" },
        { "drop", "File" }, { "500", "File" }, { "502", "File" }, { "503", "File" }, { "504", "File" }, { "412", "File" }, { "429", "File" },
    };

    public void Dispose() => CoachHarness.DeleteDirectory(_state);

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task FaultOnTheSecondReplyOfTheAdvice_EveryReplyArrivesOnceInOrder(string fault, string store)
    {
        await using var harness = await CoachHarness.StartAsync(settings: RetryQuickly(store));
        var person = harness.NewPerson("msteams");
        await AnswerUpToTheLastSafetyQuestionAsync(person);
        var before = harness.Connector.DeliveredActivities(person.ConversationId).Count;

        Inject(harness.Connector, fault, passes: 1);
        var status = await person.SendAsync(person.Address(new() { Type = "message", Text = "no" }));

        Assert.Equal(HttpStatusCode.OK, status);
        var delivered = await WaitForDeliveredAsync(harness.Connector, person.ConversationId, before + AdviceReplies.Length);
        AssertOnceInOrder(delivered.Skip(before), AdviceReplies);
    }

    [Fact]
    public async Task FailedReply_WithNoRetryYetDue_GoesOutBeforeTheNextAnswer()
    {
        await using var harness = await CoachHarness.StartAsync(settings: new Dictionary<string, string?> { ["Turns:DeliveryRetryDelay"] = "01:00:00" });
        var person = harness.NewPerson("msteams");
        await AnswerUpToTheLastSafetyQuestionAsync(person);
        var before = harness.Connector.DeliveredActivities(person.ConversationId).Count;
        harness.Connector.RespondAfter(1, HttpStatusCode.InternalServerError);
        await person.SayAsync("no");

        await person.SayAsync("yes");
        await person.SayAsync("skip");

        var delivered = harness.Connector.DeliveredActivities(person.ConversationId).Skip(before).ToList();
        AssertOnceInOrder(delivered, AdviceReplies);
        var lastAdvice = delivered.FindLastIndex(a => Says(a, AdviceReplies[^1]));
        var firstSet = delivered.FindIndex(a => Says(a, "Set 1 of"));
        Assert.True(firstSet > lastAdvice, "The workout's first card came before the kept advice.");
    }

    [Fact]
    public async Task FailedReply_ChannelRedeliversTheSameMessage_KeptRepliesGoOutAndNothingRunsTwice()
    {
        await using var harness = await CoachHarness.StartAsync(settings: new Dictionary<string, string?> { ["Turns:DeliveryRetryDelay"] = "01:00:00" });
        var person = harness.NewPerson("msteams");
        await AnswerUpToTheLastSafetyQuestionAsync(person);
        var before = harness.Connector.DeliveredActivities(person.ConversationId).Count;
        var answer = person.Address(new() { Type = "message", Text = "no", Id = "teams-message-1" });
        harness.Connector.RespondAfter(0, HttpStatusCode.BadGateway);
        await person.SendAsync(answer);

        var status = await person.SendAsync(answer);

        Assert.Equal(HttpStatusCode.OK, status);
        AssertOnceInOrder(harness.Connector.DeliveredActivities(person.ConversationId).Skip(before), AdviceReplies);
    }

    [Fact]
    public async Task CardAction_ChannelStallsOnTheReply_InvokeIsAnsweredFirstAndTheReplyFollows()
    {
        await using var harness = await CoachHarness.StartAsync();
        var person = harness.NewPerson("msteams");
        await CoachHarness.StartWorkoutAsync(person);
        var teams = new TeamsInvoker(harness.Client, harness.Connector, person);
        var done = person.FindButton("Done set");
        var stalled = new TaskCompletionSource();
        harness.Connector.StallNext(stalled.Task);

        var invoke = teams.ExecuteAsync("done", done);
        var answered = await Task.WhenAny(invoke, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(invoke, answered);
        Assert.Equal(HttpStatusCode.OK, (await invoke).Status);
        Assert.False(stalled.Task.IsCompleted);
        Assert.DoesNotContain(harness.Connector.DeliveredActivities(person.ConversationId), a => Says(a, "Set done."));
        stalled.SetResult();
        var delivered = await WaitForAsync(() => harness.Connector.DeliveredActivities(person.ConversationId).Any(a => Says(a, "Set done.")));
        Assert.True(delivered, "The reply of the card action never arrived after the channel recovered.");
    }

    [Theory]
    [InlineData("Memory")]
    [InlineData("File")]
    public async Task ConcurrentConversations_ChannelFailsEveryFifthSend_EveryReplyArrivesOnceInOrder(string store)
    {
        await using var harness = await CoachHarness.StartAsync(settings: RetryQuickly(store));
        var people = Enumerable.Range(0, 12).Select(_ => harness.NewPerson("msteams")).ToList();
        harness.Connector.FailEvery(5, HttpStatusCode.ServiceUnavailable);

        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (person, _) =>
        {
            foreach (var answer in new[] { "hi", "behind the kneecap", "a dull ache", "running and stairs", "3 weeks", "gradually", "2", "34", "no", "no" })
            {
                Assert.Equal(HttpStatusCode.OK, await person.SendAsync(person.Address(new() { Type = "message", Text = answer })));
            }
        });

        foreach (var person in people)
        {
            var delivered = await WaitForDeliveredAsync(harness.Connector, person.ConversationId, 14);
            AssertOnceInOrder(delivered, ["Where does your knee hurt?", "How does it feel?", "What brings it on?", "How long have you had it?", "Which age group are you in?", .. AdviceReplies]);
        }
    }

    private Dictionary<string, string?> RetryQuickly(string store) => new()
    {
        ["Turns:DeliveryRetryDelay"] = "00:00:00.200",
        ["BotConnector:RetryBaseDelay"] = "00:00:00.050",
        ["Storage:Provider"] = store,
        ["Storage:File:Directory"] = _state,
    };

    private static void Inject(LoopbackConnector connector, string fault, int passes)
    {
        switch (fault)
        {
            case "drop":
                connector.DropAfter(passes);
                break;
            case "429":
                connector.RespondAfter(passes, HttpStatusCode.TooManyRequests, new Dictionary<string, string> { ["Retry-After"] = "0" });
                break;
            default:
                connector.RespondAfter(passes, (HttpStatusCode)int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static async Task AnswerUpToTheLastSafetyQuestionAsync(ConversationDriver person)
    {
        await person.JoinAsync();
        foreach (var answer in new[] { "hi", "behind the kneecap", "a dull ache", "running and stairs", "3 weeks", "gradually", "2", "34", "no" })
        {
            await person.SayAsync(answer);
        }

        Assert.Contains("And do **any** of these apply", person.LastText, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<BotFramework.Schema.Activity>> WaitForDeliveredAsync(LoopbackConnector connector, string conversationId, int count)
    {
        await WaitForAsync(() => connector.DeliveredActivities(conversationId).Count >= count);
        return connector.DeliveredActivities(conversationId);
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        return condition();
    }

    private static void AssertOnceInOrder(IEnumerable<BotFramework.Schema.Activity> delivered, string[] expected)
    {
        var list = delivered.ToList();
        var positions = expected.Select(text =>
        {
            var matches = list.FindAll(a => Says(a, text));
            Assert.True(matches.Count == 1, $"'{text}' arrived {matches.Count} times.");
            return list.IndexOf(matches[0]);
        }).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    private static bool Says(BotFramework.Schema.Activity activity, string text) =>
        ConversationDriver.TextsOf(activity).Any(t => t.Contains(text, StringComparison.Ordinal));
}
