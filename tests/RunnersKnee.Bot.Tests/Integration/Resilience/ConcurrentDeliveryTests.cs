using System.Net;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;
using Xunit.Abstractions;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>
/// Two instances of the app share one Azurite, and one conversation in the middle of a workout gets 64 deliveries at
/// once, split over both. The outcome must be the one of the same distinct activities played one after another on a
/// fresh conversation: no lost update, no double count, and the person sees each reply once.
/// </summary>
public sealed class ConcurrentDeliveryTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const int Deliveries = 64;
    private const int DoneClicks = 8;
    private const string FirstExercise = "side-steps";

    [Fact]
    public async Task Deliver_DoneClicksAndQuestionsAtOnceOnTwoInstances_EndsAsTheSequentialRun()
    {
        await using var race = await RaceSetup.StartAsync(azurite.Server, "mix");
        var raced = await race.MidWorkoutAsync();
        var sequential = await race.MidWorkoutAsync();
        var before = StoredConversation.SetsDone(await race.ReadAsync(raced), FirstExercise);

        var mark = (Raced: race.Mark(raced), Sequential: race.Mark(sequential));
        var reads = race.StorageReads;

        var statuses = await race.DeliverAsync(Mix(raced));
        var reruns = race.StorageReads - reads - Deliveries;
        foreach (var activity in Mix(sequential))
        {
            await sequential.PostAsync(activity);
        }

        var (racedReplies, sequentialReplies) = (race.RepliesSince(raced, mark.Raced), race.RepliesSince(sequential, mark.Sequential));
        var racedState = await race.ReadAsync(raced);
        output.WriteLine($"Turns run again after losing a race: {reruns}");
        Assert.True(reruns > 0, "The burst did not race: no turn lost a write, so nothing was proven.");
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(1, ReplyKinds.Count(racedReplies, ReplyKinds.SetDone));
        Assert.Equal(DoneClicks - 1, racedReplies.Count(r => r.Text == ReplyKinds.StaleCard));
        Assert.Equal(ReplyKinds.Of(sequentialReplies), ReplyKinds.Of(racedReplies));
        Assert.Equal(before + 1, StoredConversation.SetsDone(racedState, FirstExercise));
        AssertSameState(await race.ReadAsync(sequential), racedState);
    }

    [Fact]
    public async Task Deliver_SameClickRedelivered64TimesOnTwoInstances_ActsOnItOnce()
    {
        await using var race = await RaceSetup.StartAsync(azurite.Server, "redelivery");
        var raced = await race.MidWorkoutAsync();
        var sequential = await race.MidWorkoutAsync();
        var before = StoredConversation.SetsDone(await race.ReadAsync(raced), FirstExercise);
        var click = raced.Address(Click(raced.FindButton("Done set")));

        var mark = (Raced: race.Mark(raced), Sequential: race.Mark(sequential));
        var reads = race.StorageReads;

        var statuses = await race.DeliverAsync([.. Enumerable.Repeat(click, Deliveries)]);
        output.WriteLine($"Turns run again after losing a race: {race.StorageReads - reads - Deliveries}");
        await sequential.PostAsync(Click(sequential.FindButton("Done set")));

        var (racedReplies, sequentialReplies) = (race.RepliesSince(raced, mark.Raced), race.RepliesSince(sequential, mark.Sequential));
        var racedState = await race.ReadAsync(raced);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(1, ReplyKinds.Count(racedReplies, ReplyKinds.SetDone));
        Assert.Equal(ReplyKinds.Of(sequentialReplies), ReplyKinds.Of(racedReplies));
        Assert.Equal(before + 1, StoredConversation.SetsDone(racedState, FirstExercise));
        AssertSameState(await race.ReadAsync(sequential), racedState);
    }

    /// <summary>
    /// <see cref="DoneClicks"/> clicks on the current card's "Done set" (the same step: one wins, the rest are stale)
    /// among questions that change nothing, in a fixed shuffled order, so the sequential result is well defined.
    /// </summary>
    private static List<Activity> Mix(ConversationDriver person)
    {
        var done = person.FindButton("Done set");
        var questions = new[] { "what's next", "where am i", "how many left" };
        var moves = Enumerable.Range(0, Deliveries)
            .Select(i => i < DoneClicks ? Click(done) : new Activity { Type = ActivityTypes.Message, Text = questions[i % questions.Length] })
            .ToList();
        new Random(6).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(moves));
        return [.. moves.Select(person.Address)];
    }

    private static Activity Click(JsonObject data) => new()
    {
        Type = ActivityTypes.Message,
        Value = BotJson.ToElement(data.DeepClone()),
        ChannelData = BotJson.ToElement(new { postBack = true }),
    };

    private static void AssertSameState(JsonObject expected, JsonObject actual)
    {
        var (left, right) = (StoredConversation.Comparable(expected), StoredConversation.Comparable(actual));
        Assert.True(JsonNode.DeepEquals(left, right), $"Sequential:\n{left.ToJsonString()}\nRaced:\n{right.ToJsonString()}");
    }
}
