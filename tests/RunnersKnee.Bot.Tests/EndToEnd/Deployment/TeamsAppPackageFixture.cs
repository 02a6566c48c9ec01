using System.IO.Compression;
using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>Builds the Teams app package once, into a temporary folder, for the tests that read it.</summary>
public sealed class TeamsAppPackageFixture : IAsyncLifetime
{
    public const string TeamsAppId = "6f1c2b7e-3a45-4d0e-9b8a-1c2d3e4f5a6b";
    public const string BotAppId = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d";
    public const string BotHost = "rk-coach-test.azurewebsites.net";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "rk-teams-" + Guid.NewGuid().ToString("N"));

    public string PackagePath => Path.Combine(directory, "RunnersKneeCoach.zip");

    internal ProcessResult Build { get; private set; } = new(-1, "", "not built");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        Build = await TeamsAppPackageBuild.RunAsync(new Dictionary<string, string>
        {
            ["TeamsAppId"] = TeamsAppId,
            ["BotAppId"] = BotAppId,
            ["BotHost"] = BotHost,
            ["TeamsAppPackagePath"] = PackagePath,
        });
    }

    public Task DisposeAsync()
    {
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    public byte[] ReadEntry(string name)
    {
        Assert.True(Build.ExitCode == 0, Build.Output);
        using var zip = ZipFile.OpenRead(PackagePath);
        var entry = zip.GetEntry(name) ?? throw new FileNotFoundException($"{name} is not in the package.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public string ReadManifestText() => System.Text.Encoding.UTF8.GetString(ReadEntry("manifest.json"));

    public JsonObject ReadManifest() => JsonNode.Parse(ReadManifestText())!.AsObject();
}
