using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// The bot as it is deployed: <c>dotnet publish -c Release</c> once per test class into a temporary folder, started
/// as App Service starts it (<see cref="BotProcess.StartAsAppServiceAsync"/>) with real credential settings against
/// a loopback identity server, Blob state and the timer queue on Azurite, replies to a loopback connector, and the
/// web chat's tokens exchanged at a loopback Azure Direct Line.
/// </summary>
public sealed class PublishedBot : IAsyncLifetime
{
    public const string AppId = "5d2f6b1e-8c4a-4f3e-9b7d-2a1c0e9f8d7b";
    public const string AppPassword = "published-app-client-secret";
    public const string DirectLineSecret = "published-direct-line-secret";

    private readonly string _publishDirectory = Directory.CreateTempSubdirectory("rk-publish-").FullName;

    public LoopbackIdentityServer Identity { get; private set; } = null!;

    public LoopbackConnector Connector { get; private set; } = null!;

    public FakeAzureDirectLine DirectLine { get; private set; } = null!;

    public AzuriteServer Azurite { get; private set; } = null!;

    public BotProcess Process { get; private set; } = null!;

    /// <summary>The value of <c>ASPNETCORE_HTTP_PORTS</c> the app was started with.</summary>
    public int PlatformPort { get; private set; }

    public async Task InitializeAsync()
    {
        var publish = await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet,
            ["publish", RepositoryLayout.BotProject, "-c", "Release", "-o", _publishDirectory, "-nologo", "-nodeReuse:false", "-v:minimal"],
            RepositoryLayout.Root);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:{Environment.NewLine}{publish.Output}");

        Identity = await LoopbackIdentityServer.StartAsync();
        Connector = await LoopbackConnector.StartAsync();
        DirectLine = await FakeAzureDirectLine.StartAsync();
        Azurite = await AzuriteServer.StartNewAsync();
        PlatformPort = BotProcess.FreePort();
        Process = await BotProcess.StartAsAppServiceAsync(Path.Combine(_publishDirectory, "RunnersKnee.Bot.dll"), PlatformPort, Settings());
    }

    public HttpClient CreateClient() => new() { BaseAddress = Process.BaseAddress };

    public async Task DisposeAsync()
    {
        if (Process is not null)
        {
            await Process.DisposeAsync();
        }

        foreach (var server in new IAsyncDisposable?[] { Azurite, DirectLine, Connector, Identity })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        try
        {
            Directory.Delete(_publishDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    // The names App Service uses for app settings (double underscores), exactly as the template writes them.
    private Dictionary<string, string?> Settings()
    {
        var settings = Identity.BotSettings(AppId, AppPassword).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        settings["MicrosoftAppType"] = "MultiTenant";
        settings["Storage__Provider"] = "Blob";
        settings["Storage__Blob__ConnectionString"] = Azurite.ConnectionString;
        settings["DirectLine__Secret"] = DirectLineSecret;
        settings["DirectLine__Endpoint"] = DirectLine.Endpoint;
        return settings;
    }
}
