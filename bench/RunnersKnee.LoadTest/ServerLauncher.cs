namespace RunnersKnee.LoadTest;

/// <summary>Where the built servers are and the settings each store needs.</summary>
public sealed class ServerLauncher(string repositoryRoot, string configuration)
{
    public string BotDll => Path.Combine(repositoryRoot, "src", "RunnersKnee.Bot", "bin", configuration, "net10.0", "RunnersKnee.Bot.dll");

    public string FloorDll => Path.Combine(repositoryRoot, "bench", "RunnersKnee.Floor", "bin", configuration, "net10.0", "RunnersKnee.Floor.dll");

    public Task<ServerProcess> StartBotAsync(string store, string? blobConnectionString, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>
        {
            ["Diagnostics:Enabled"] = "true",
            // The loopback load generator signs nothing; the bot refuses anonymous mode unless told, so say it here.
            ["BotAuthentication:AllowAnonymous"] = "true",
            ["Storage:File:Directory"] = "{data}/state",
            ["Timers:Local:Directory"] = "{data}/timers",
        };
        switch (store)
        {
            case "memory":
                settings["Storage:Provider"] = "Memory";
                break;
            case "file":
                settings["Storage:Provider"] = "File";
                break;
            case "blob":
                settings["Storage:Provider"] = "Blob";
                settings["Storage:Blob:ConnectionString"] = blobConnectionString ?? throw new ArgumentNullException(nameof(blobConnectionString));
                break;
            default:
                throw new ArgumentException($"Unknown store '{store}': use memory, file or blob.", nameof(store));
        }

        return ServerProcess.StartAsync(BotDll, settings, cancellationToken);
    }

    public Task<ServerProcess> StartFloorAsync(CancellationToken cancellationToken) =>
        ServerProcess.StartAsync(FloorDll, new Dictionary<string, string>(), cancellationToken);
}
