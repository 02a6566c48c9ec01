using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Resilience;

/// <summary>
/// Two instances of the real app on one Azurite (their own container and timer queue), one loopback connector, and
/// conversations brought to the middle of a workout through the first instance.
/// </summary>
internal sealed class RaceSetup : IAsyncDisposable
{
    private readonly AzuriteServer _azurite;
    private readonly string _container;
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly List<BotApp> _apps = [];

    private RaceSetup(AzuriteServer azurite, string container, LoopbackConnector connector)
    {
        _azurite = azurite;
        _container = container;
        Connector = connector;
        _owned.Add(connector);
    }

    public LoopbackConnector Connector { get; }

    public List<HttpClient> Instances { get; } = [];

    public static async Task<RaceSetup> StartAsync(AzuriteServer azurite, string name)
    {
        var container = $"{name}-{Guid.NewGuid():N}"[..(name.Length + 13)];
        var setup = new RaceSetup(azurite, container, await LoopbackConnector.StartAsync());
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Blob:ContainerName"] = container,
            ["Timers:Queue:QueueName"] = container,
        };
        for (var i = 0; i < 2; i++)
        {
            // Two instances in one test process share a host and a process id; their names tell them apart.
            var app = new BotApp(new Dictionary<string, string?>(settings) { ["Turns:InstanceName"] = $"instance-{i}" });
            setup._owned.Add(app);
            setup._apps.Add(app);
            var client = app.CreateClient();
            setup.Instances.Add(client);

            // Opens the connection now, so the burst measures turns, not connection set-up.
            using var health = await client.GetAsync("/healthz");
            health.EnsureSuccessStatusCode();
        }

        return setup;
    }

    /// <summary>A new conversation at exercise 1, right side, set 1: one set done, its rest skipped, the card on screen.</summary>
    public async Task<ConversationDriver> MidWorkoutAsync()
    {
        var person = new ConversationDriver(Instances[0], Connector);
        await MidWorkout.StartAsync(person, "done", "done");
        Assert.Contains("Exercise 1 of 8 · Right side · Set 1 of 3", person.LastText, StringComparison.Ordinal);
        return person;
    }

    public Task<HttpStatusCode[]> DeliverAsync(IReadOnlyList<Activity> activities) => Burst.DeliverAsync(Instances, activities);

    /// <summary>State reads by both instances: one per turn attempt, so more reads than turns means turns lost a race and ran again.</summary>
    public long StorageReads => _apps.Sum(app => app.Services.GetRequiredService<StorageMetrics>().Reads);

    public int Mark(ConversationDriver person) => Connector.SentActivities(person.ConversationId).Count;

    /// <summary>What the bot sent to the person since <paramref name="mark"/> (replies are delivered before the HTTP answer).</summary>
    public IReadOnlyList<Activity> RepliesSince(ConversationDriver person, int mark) =>
        [.. Connector.SentActivities(person.ConversationId).Skip(mark)];

    public Task<JsonObject> ReadAsync(ConversationDriver person) =>
        StoredConversation.ReadBlobAsync(_azurite.ConnectionString, _container, person.UserId);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Instances)
        {
            client.Dispose();
        }

        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }
    }
}
