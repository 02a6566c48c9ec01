using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// A loopback connector and the app with its own timers folder (and, when given, a fake clock in place of
/// <see cref="TimeProvider.System"/>), plus helpers that walk a person to the workout. Disposing stops both and
/// deletes the folder unless the test owns it.
/// </summary>
public sealed class CoachHarness : IAsyncDisposable
{
    /// <summary>Intake answers that clear the person for the workout (kneecap pain, gradual, 3/10, 34, no red flags).</summary>
    public static readonly string[] ClearedIntake =
        ["hi", "behind the kneecap", "dull ache", "running and stairs", "3 weeks", "gradually", "3", "34", "no", "no"];

    private readonly bool _ownsDirectory;
    private readonly bool _ownsConnector;

    private CoachHarness(LoopbackConnector connector, BotApp app, string timersDirectory, bool ownsDirectory, bool ownsConnector, FakeTimeProvider? clock)
    {
        Connector = connector;
        App = app;
        Client = app.CreateClient();
        TimersDirectory = timersDirectory;
        Clock = clock;
        _ownsDirectory = ownsDirectory;
        _ownsConnector = ownsConnector;
    }

    public LoopbackConnector Connector { get; }

    public BotApp App { get; }

    public HttpClient Client { get; }

    public string TimersDirectory { get; }

    public FakeTimeProvider? Clock { get; }

    /// <summary>A fresh folder under the temp directory for timers or file state.</summary>
    public static string NewTempDirectory(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Starts the app; a given <paramref name="timersDirectory"/> or <paramref name="connector"/> stays the caller's to delete or dispose.</summary>
    public static async Task<CoachHarness> StartAsync(
        FakeTimeProvider? clock = null,
        IDictionary<string, string?>? settings = null,
        string? timersDirectory = null,
        Action<IServiceCollection>? services = null,
        LoopbackConnector? connector = null)
    {
        var ownsDirectory = timersDirectory is null;
        var ownsConnector = connector is null;
        var directory = timersDirectory ?? NewTempDirectory("rk-timers-");
        // Tests read the pending events from the folder, so the files are kept on the memory store too.
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Timers:Local:Directory"] = directory,
            ["Timers:Local:KeepFiles"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        connector ??= await LoopbackConnector.StartAsync();
        var app = new BotApp(all, collection =>
        {
            if (clock is not null)
            {
                collection.AddSingleton<TimeProvider>(clock);
            }

            services?.Invoke(collection);
        });
        return new CoachHarness(connector, app, directory, ownsDirectory, ownsConnector, clock);
    }

    public ConversationDriver NewPerson(string channelId = "webchat", string? conversationId = null) =>
        new(Client, Connector, channelId, conversationId);

    /// <summary>Joins, answers the intake so the workout is offered, accepts, and skips the pain before it: the first set's card is in <c>Last</c>.</summary>
    public static async Task StartWorkoutAsync(ConversationDriver person)
    {
        await person.JoinAsync();
        foreach (var answer in ClearedIntake)
        {
            await person.SayAsync(answer);
        }

        await person.SayAsync("yes");
        await person.SayAsync("skip");
    }

    /// <summary>The pending due-event files in the timers folder.</summary>
    public string[] PendingTimerFiles() => Directory.GetFiles(TimersDirectory, "*.json");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        if (_ownsConnector)
        {
            await Connector.DisposeAsync();
        }

        if (_ownsDirectory)
        {
            DeleteDirectory(TimersDirectory);
        }
    }

    public static void DeleteDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
