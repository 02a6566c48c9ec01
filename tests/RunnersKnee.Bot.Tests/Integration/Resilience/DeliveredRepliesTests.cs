using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>
/// On the file store a turn's replies are written with its state until they are known delivered. Delivered ones are
/// never sent again: not by the next turn, not after a pause (when they are taken out of the stored document), not
/// by the next process after a planned restart (which takes them out before it stops).
/// </summary>
public sealed class DeliveredRepliesTests : IDisposable
{
    private readonly string _state = CoachHarness.NewTempDirectory("rk-delivered-state-");
    private readonly string _timers = CoachHarness.NewTempDirectory("rk-delivered-timers-");

    [Fact]
    public async Task Turn_RepliesListedWithTheState_UntilAPauseTakesThemOut()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await CoachHarness.StartAsync(clock, FileStore, _timers);
        var person = harness.NewPerson();
        await person.JoinAsync();
        await person.SayAsync("hi");

        var listed = await StoredConversation.ReadFileAsync(_state, person.UserId);
        Assert.NotNull(listed["undeliveredReplies"]);
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.NotNull((await StoredConversation.ReadFileAsync(_state, person.UserId))["undeliveredReplies"]);

        clock.Advance(TimeSpan.FromMinutes(2));

        await Poll.UntilAsync(
            async () => (await StoredConversation.ReadFileAsync(_state, person.UserId))["undeliveredReplies"] is null,
            "the delivered replies to be taken out of the stored document");
        var stored = await StoredConversation.ReadFileAsync(_state, person.UserId);
        Assert.Equal(
            StoredConversation.Comparable(listed)["coach"]!.ToJsonString(),
            StoredConversation.Comparable(stored)["coach"]!.ToJsonString());
    }

    [Fact]
    public async Task NextTurns_SameProcess_NoReplyArrivesTwice()
    {
        await using var harness = await CoachHarness.StartAsync(settings: FileStore, timersDirectory: _timers);
        var person = harness.NewPerson();
        await person.JoinAsync();

        foreach (var answer in new[] { "hi", "behind the kneecap", "a dull ache", "running and stairs" })
        {
            await person.SayAsync(answer);
        }

        AssertNoneTwice(harness.Connector.DeliveredActivities(person.ConversationId));
    }

    [Fact]
    public async Task PlannedRestart_NextProcessAnswers_NothingOfTheLastTurnIsSentAgain()
    {
        string conversationId;
        var connector = await LoopbackConnector.StartAsync();
        await using (connector)
        {
            await using (var first = await CoachHarness.StartAsync(settings: FileStore, timersDirectory: _timers, connector: connector))
            {
                var person = first.NewPerson();
                conversationId = person.ConversationId;
                await person.JoinAsync();
                await person.SayAsync("hi");
                Assert.NotNull((await StoredConversation.ReadFileAsync(_state, person.UserId))["undeliveredReplies"]);
            }

            await using var second = await CoachHarness.StartAsync(settings: FileStore, timersDirectory: _timers, connector: connector);
            var again = second.NewPerson(conversationId: conversationId);
            var before = connector.DeliveredActivities(conversationId).Count;

            var answer = await again.SayAsync("behind the kneecap");

            Assert.Equal(connector.DeliveredActivities(conversationId).Count - before, answer.Count);
            Assert.DoesNotContain(answer, reply => Says(reply, "Where does your knee hurt?"));
            AssertNoneTwice(connector.DeliveredActivities(conversationId));
        }
    }

    [Fact]
    public async Task AnotherInstancesListedReply_LeftToItWithinItsGrace_SentFirstByATurnAfterIt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await CoachHarness.StartAsync(clock, FileStore, _timers);
        var person = harness.NewPerson();
        await person.JoinAsync();
        await person.SayAsync("hi");
        clock.Advance(TimeSpan.FromMinutes(6));
        await Poll.UntilAsync(
            async () => (await StoredConversation.ReadFileAsync(_state, person.UserId))["undeliveredReplies"] is null,
            "this instance's delivered replies to be taken out");

        // Another instance saved a turn with this reply and has not marked it delivered: it may be sending it now.
        await ListAsync(person, new UndeliveredReply(
            "other-1",
            OutgoingOperationKind.Send,
            new Activity
            {
                Type = ActivityTypes.Message,
                Text = "A reply the other instance wrote",
                ChannelId = "webchat",
                ServiceUrl = harness.Connector.ServiceUrl,
                Conversation = new ConversationAccount { Id = person.ConversationId },
                Recipient = new ChannelAccount { Id = person.UserId },
            },
            clock.GetUtcNow(),
            "other-host/4242/0123456789abcdef"));
        var before = harness.Connector.DeliveredActivities(person.ConversationId).Count;

        await person.SayAsync("behind the kneecap");
        var within = harness.Connector.DeliveredActivities(person.ConversationId).Skip(before).ToList();
        clock.Advance(TimeSpan.FromMinutes(9));
        await person.SayAsync("a dull ache");
        var after = harness.Connector.DeliveredActivities(person.ConversationId).Skip(before + within.Count).ToList();

        Assert.DoesNotContain(within, reply => Says(reply, "A reply the other instance wrote"));
        Assert.True(Says(after[0], "A reply the other instance wrote"), "The other instance's reply did not come first once its grace was over.");
        Assert.Single(harness.Connector.DeliveredActivities(person.ConversationId), reply => Says(reply, "A reply the other instance wrote"));
    }

    public void Dispose()
    {
        CoachHarness.DeleteDirectory(_state);
        CoachHarness.DeleteDirectory(_timers);
    }

    private Dictionary<string, string?> FileStore => new()
    {
        ["Storage:Provider"] = "File",
        ["Storage:File:Directory"] = _state,
    };

    /// <summary>Adds <paramref name="reply"/> to the replies listed in the person's stored document, as another instance's save would.</summary>
    private async Task ListAsync(ConversationDriver person, UndeliveredReply reply)
    {
        var path = Path.Combine(_state, StorageKeys.ToFileName(PrimaryState.PersonKeyFor("webchat", person.UserId)));
        var document = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        var listed = document["undeliveredReplies"] as JsonArray ?? [];
        listed.Add(JsonSerializer.SerializeToNode(reply, BotJson.Options));
        document["undeliveredReplies"] = listed;
        await File.WriteAllTextAsync(path, document.ToJsonString());
    }

    private static void AssertNoneTwice(IReadOnlyList<Activity> delivered)
    {
        var texts = delivered.Select(reply => string.Join(" ", ConversationDriver.TextsOf(reply))).Where(text => text.Length > 0).ToList();
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
    }

    private static bool Says(Activity activity, string text) =>
        ConversationDriver.TextsOf(activity).Any(t => t.Contains(text, StringComparison.Ordinal));
}
