using RunnersKnee.Bot.Coaching;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Scheduling;

/// <summary>
/// Due events on Azure Storage Queues (Azurite), chosen by configuration as in production
/// (<c>Timers:Scheduler:Provider</c> = Queue, the Blob account's connection string). Each test has its own queue
/// and container; "drained" means the queue holds no message at all, visible or not, so nothing more can fire.
/// </summary>
public sealed class QueueSchedulerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..12];

    private string QueueName => "timers-" + _id;

    [Fact]
    public async Task Schedule_DueInTwoSeconds_DeliveredOnceNotBeforeItIsDue()
    {
        var handler = new RecordingDueEventHandler();
        await using var harness = await StartAsync(handler);
        var scheduler = harness.App.Services.GetRequiredService<IDueEventScheduler>();
        Assert.IsType<QueueDueEventScheduler>(scheduler);
        var dueEvent = Event("conv-a", step: 3, TimeProvider.System.GetUtcNow().AddSeconds(2));

        await scheduler.ScheduleAsync(dueEvent, CancellationToken.None);

        await Poll.UntilAsync(() => !handler.Calls.IsEmpty, "the event to be delivered");
        await WaitDrainedAsync();
        var call = Assert.Single(handler.Calls);
        Assert.Equal(Identity(dueEvent), Identity(call.Event));
        Assert.True(call.At >= dueEvent.DueAt, $"Delivered at {call.At:O}, before it was due at {dueEvent.DueAt:O}.");
    }

    [Fact]
    public async Task ScheduleAndFire_CountedApartFromState_OneQueueSendPerEvent()
    {
        var handler = new RecordingDueEventHandler();
        await using var harness = await StartAsync(handler);
        var scheduler = harness.App.Services.GetRequiredService<IDueEventScheduler>();
        var calls = harness.App.Services.GetRequiredService<DueEventCalls>();
        var storage = harness.App.Services.GetRequiredService<RunnersKnee.BotFramework.State.StorageMetrics>();
        var writesBefore = storage.Writes;

        await scheduler.ScheduleAsync(Event("conv-counted", step: 2, TimeProvider.System.GetUtcNow().AddSeconds(1)), CancellationToken.None);
        await Poll.UntilAsync(() => !handler.Calls.IsEmpty, "the event to be delivered");
        await WaitDrainedAsync();

        Assert.Equal(1, calls.DocumentWrites);
        Assert.Equal(1, storage.Writes - writesBefore);
        Assert.Equal(1, calls.QueueSends);
        Assert.True(calls.QueueCalls >= 3, $"{calls.QueueCalls} queue calls: a send, a receive and a delete at least.");
        Assert.Equal(2, calls.DocumentReads);
        Assert.Equal(1, calls.DocumentDeletes);
    }

    [Fact]
    public async Task Cancel_BeforeItIsDue_NotDelivered()
    {
        var handler = new RecordingDueEventHandler();
        await using var harness = await StartAsync(handler);
        var scheduler = harness.App.Services.GetRequiredService<IDueEventScheduler>();
        var dueAt = TimeProvider.System.GetUtcNow().AddSeconds(1);
        var cancelled = Event("conv-cancelled", step: 1, dueAt);
        var kept = Event("conv-kept", step: 1, dueAt);
        await scheduler.ScheduleAsync(cancelled, CancellationToken.None);
        await scheduler.ScheduleAsync(kept, CancellationToken.None);

        await scheduler.CancelAsync(cancelled.Key, CancellationToken.None);

        await Poll.UntilAsync(() => !handler.Calls.IsEmpty, "the kept event to be delivered");
        await WaitDrainedAsync();
        Assert.Equal([Identity(kept)], handler.Delivered.Select(Identity));
    }

    [Fact]
    public async Task Schedule_SameKeyAgain_OnlyTheNewerFires()
    {
        var handler = new RecordingDueEventHandler();
        await using var harness = await StartAsync(handler);
        var scheduler = harness.App.Services.GetRequiredService<IDueEventScheduler>();
        var now = TimeProvider.System.GetUtcNow();
        var older = Event("conv-a", step: 4, now.AddSeconds(1));
        var newer = Event("conv-a", step: 6, now.AddSeconds(2));
        await scheduler.ScheduleAsync(older, CancellationToken.None);

        await scheduler.ScheduleAsync(newer, CancellationToken.None);

        await Poll.UntilAsync(() => !handler.Calls.IsEmpty, "the newer event to be delivered");
        await WaitDrainedAsync();
        Assert.Equal([Identity(newer)], handler.Delivered.Select(Identity));
    }

    [Fact]
    public async Task Handler_FailsOnce_RetriedAndThenDeliveredOnce()
    {
        var handler = new RecordingDueEventHandler(failures: 1);
        await using var harness = await StartAsync(handler);
        var scheduler = harness.App.Services.GetRequiredService<IDueEventScheduler>();
        var dueEvent = Event("conv-a", step: 2, TimeProvider.System.GetUtcNow());

        await scheduler.ScheduleAsync(dueEvent, CancellationToken.None);

        await Poll.UntilAsync(() => handler.Delivered.Any(), "the retry to succeed");
        await WaitDrainedAsync();
        Assert.Equal([(Identity(dueEvent), true), (Identity(dueEvent), false)], handler.Calls.Select(c => (Identity(c.Event), c.Failed)));
    }

    [Fact]
    public async Task Handler_AlwaysFails_DroppedAfterMaxDequeueCount()
    {
        var handler = new RecordingDueEventHandler(failures: int.MaxValue);
        await using var harness = await StartAsync(handler, maxDequeueCount: 2);
        var scheduler = harness.App.Services.GetRequiredService<IDueEventScheduler>();

        await scheduler.ScheduleAsync(Event("conv-a", step: 2, TimeProvider.System.GetUtcNow()), CancellationToken.None);

        await Poll.UntilAsync(() => handler.Calls.Count >= 2, "two attempts");
        await WaitDrainedAsync();
        Assert.Equal(2, handler.Calls.Count);
    }

    [Fact]
    public async Task RestOver_ThroughTheQueueWithBlobState_SendsRestIsOverOnceThenTheNextSetCard()
    {
        var settings = QueueSettings(azurite.Server.ConnectionString, _id);
        settings["Timers:RestSeconds"] = "5";
        settings["Timers:RestOverGraceSeconds"] = "0";
        await using var harness = await CoachHarness.StartAsync(settings: settings);
        var person = harness.NewPerson();
        await CoachHarness.StartWorkoutAsync(person);
        await person.SayAsync("done");
        Assert.True(person.ShowsRestCard, person.LastText);
        var before = harness.Connector.SentActivities(person.ConversationId).Count;

        var sent = await harness.Connector.WaitForActivitiesAsync(before + 2, TimeSpan.FromSeconds(30), person.ConversationId);

        await WaitDrainedAsync();
        Assert.StartsWith("Rest is over", sent[before].Text, StringComparison.Ordinal);
        Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", string.Join("\n", ConversationDriver.TextsOf(sent[before + 1])), StringComparison.Ordinal);
        Assert.Equal(before + 2, harness.Connector.SentActivities(person.ConversationId).Count);

        // The set card tells the page where the workout is now (the live countdown and old cards obey it).
        Assert.Equal("active", sent[before + 1].ChannelData!.Value.GetProperty(WorkoutStateEvent.ChannelDataProperty).GetProperty("status").GetString());
    }

    /// <summary>What tells events apart (the reference is a class, so a round trip makes a different instance).</summary>
    private static (string Key, string SessionId, int Step, DateTimeOffset DueAt, string? ConversationId) Identity(DueEvent e) =>
        (e.Key, e.SessionId, e.Step, e.DueAt, e.Reference.Conversation?.Id);

    private static DueEvent Event(string conversationId, int step, DateTimeOffset dueAt) => new(
        $"webchat/{conversationId}/{DueEventNames.RestOver}",
        DueEventNames.RestOver,
        dueAt,
        new ConversationReference { ChannelId = "webchat", ServiceUrl = "http://127.0.0.1:9/", Conversation = new ConversationAccount { Id = conversationId } },
        "session-1",
        step);

    private Task<CoachHarness> StartAsync(RecordingDueEventHandler handler, int maxDequeueCount = 5) =>
        CoachHarness.StartAsync(
            settings: QueueSettings(azurite.Server.ConnectionString, _id, maxDequeueCount),
            services: services => services.AddSingleton<IDueEventHandler>(handler));

    /// <summary>Queue scheduler and Blob state on Azurite, polled fast, with a short lease so a failed event comes back soon.</summary>
    public static Dictionary<string, string?> QueueSettings(string connectionString, string id, int maxDequeueCount = 5) => new()
    {
        ["Timers:Scheduler:Provider"] = "Queue",
        ["Storage:Provider"] = "Blob",
        ["Storage:Blob:ConnectionString"] = connectionString,
        ["Storage:Blob:ContainerName"] = "state-" + id,
        ["Timers:Queue:QueueName"] = "timers-" + id,
        ["Timers:Queue:PollInterval"] = "00:00:00.200",
        ["Timers:Queue:LeaseTime"] = "00:00:01",
        ["Timers:Queue:MaxDequeueCount"] = maxDequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task WaitDrainedAsync()
    {
        var queue = new QueueClient(azurite.Server.ConnectionString, QueueName);
        await Poll.UntilAsync(
            async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            "the queue to hold no message");
    }
}
