using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// One running app and loopback connector shared by the tests of a class; every test talks in its own
/// conversation, so nothing one test says reaches another. Rests last 10 minutes so no "rest is over" turn can
/// arrive while a test is still clicking.
/// </summary>
public sealed class CoachAppFixture : IAsyncLifetime
{
    private readonly string _timers = Directory.CreateTempSubdirectory("rk-timers-").FullName;

    public LoopbackConnector Connector { get; private set; } = null!;

    public BotApp App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Settings for a test app: its own timer folder, long rests, and the given state folder if any.</summary>
    public static Dictionary<string, string?> Settings(string timersDirectory, string? stateDirectory = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Timers:Local:Directory"] = timersDirectory,
            ["Timers:Local:KeepFiles"] = "true",
            ["Timers:RestSeconds"] = "600",
        };
        if (stateDirectory is not null)
        {
            settings["Storage:Provider"] = "File";
            settings["Storage:File:Directory"] = stateDirectory;
        }

        return settings;
    }

    public ConversationDriver NewPerson(string channelId = "webchat") => new(Client, Connector, channelId);

    /// <summary>The keys of the timers waiting in this app's timer folder (one file per due event).</summary>
    public IReadOnlyList<string> PendingTimerKeys() =>
        [.. Directory.GetFiles(_timers, "*.json").Select(path => Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(path)))];

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        App = new BotApp(Settings(_timers));
        Client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        Directory.Delete(_timers, recursive: true);
    }
}
