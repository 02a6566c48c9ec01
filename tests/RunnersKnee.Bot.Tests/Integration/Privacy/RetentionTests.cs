using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Privacy;

/// <summary>The retention limit for people who never come back: their state is erased once it is older than the limit, not before.</summary>
public sealed class RetentionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData("File")]
    [InlineData("Blob")]
    public async Task Sweep_StateOlderThanTheRetention_IsErasedAndTheNextMessageStartsFresh(string store)
    {
        var folder = Directory.CreateTempSubdirectory("rk-retention-").FullName;
        var container = "retention-" + Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = store,
            ["Storage:File:Directory"] = Path.Combine(folder, "state"),
            ["Timers:Local:Directory"] = Path.Combine(folder, "timers"),
            ["Storage:Blob:ConnectionString"] = store == "Blob" ? azurite.Server.ConnectionString : null,
            ["Storage:Blob:ContainerName"] = container,
            ["Timers:Queue:QueueName"] = container,
        };
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var connector = await LoopbackConnector.StartAsync();
        await using var app = new BotApp(settings, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            KeyTrackingStorage.Install(services);
        });
        using var client = app.CreateClient();
        var texts = app.Services.GetRequiredService<TextCatalog>();
        var storage = app.Services.GetRequiredService<KeyTrackingStorage>();
        var sweeper = app.Services.GetRequiredService<RetentionSweeper>();
        var person = new ConversationDriver(client, connector);
        await PrivacyCommandTests.SayAllAsync(person, PrivacyCommandTests.Check);

        clock.Advance(TimeSpan.FromDays(29));
        await sweeper.SweepAsync(CancellationToken.None);
        var keptBeforeTheLimit = await StoredAboutAsync(storage, person);
        clock.Advance(TimeSpan.FromDays(2));
        await sweeper.SweepAsync(CancellationToken.None);
        var keptAfterTheLimit = await StoredAboutAsync(storage, person);
        await person.SayAsync("what do you know about me");

        Assert.Contains("\"painNow\":3", keptBeforeTheLimit, StringComparison.Ordinal);
        Assert.Empty(keptAfterTheLimit);
        Assert.Contains(texts.Get("privacy.nothing"), person.LastText, StringComparison.Ordinal);
        Assert.Contains(person.Last, a => a.Text?.StartsWith("Privacy", StringComparison.Ordinal) == true);
    }

    private static async Task<string> StoredAboutAsync(KeyTrackingStorage storage, ConversationDriver person) =>
        string.Concat((await storage.ReadAllAsync()).Where(d => d.Key.Contains(person.ConversationId, StringComparison.Ordinal)).Select(d => d.Value));
}
