namespace RunnersKnee.LoadTest;

/// <summary>Where the built servers are, how to start each (our bot, the floor, the Node.js SDK bot) and the settings each store needs.</summary>
public sealed class ServerLauncher(string repositoryRoot, string configuration)
{
    public string BotDll => Path.Combine(repositoryRoot, "src", "RunnersKnee.Bot", "bin", configuration, "net10.0", "RunnersKnee.Bot.dll");

    public string FloorDll => Path.Combine(repositoryRoot, "bench", "RunnersKnee.Floor", "bin", configuration, "net10.0", "RunnersKnee.Floor.dll");

    /// <summary>The Node.js SDK bot of the side-by-side comparison (bench/node-sdk-bot, its packages from <c>npm ci</c>).</summary>
    public string NodeBotDirectory => Path.Combine(repositoryRoot, "bench", "node-sdk-bot");

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

        return ServerProcess.StartAsync(ServerCommand.Dotnet(BotDll), settings, cancellationToken);
    }

    public Task<ServerProcess> StartFloorAsync(CancellationToken cancellationToken) =>
        ServerProcess.StartAsync(ServerCommand.Dotnet(FloorDll), new Dictionary<string, string>(), cancellationToken);

    public Task<ServerProcess> StartNodeBotAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(NodeBotDirectory, "node_modules", "botbuilder", "package.json")))
        {
            throw new InvalidOperationException(
                $"The Node.js SDK bot's packages are not installed in {NodeBotDirectory}: run `npm ci --prefix bench/node-sdk-bot` (bench/run.sh does).");
        }

        var command = new ServerCommand("node-sdk-bot", "node", [Path.Combine(NodeBotDirectory, "index.js")], NodeBotDirectory);
        return ServerProcess.StartAsync(command, new Dictionary<string, string> { ["NODE_ENV"] = "production" }, cancellationToken);
    }
}
