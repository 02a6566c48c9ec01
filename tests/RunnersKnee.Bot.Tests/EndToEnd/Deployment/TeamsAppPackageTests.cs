using System.IO.Compression;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

public sealed class TeamsAppPackageTests(TeamsAppPackageFixture package) : IClassFixture<TeamsAppPackageFixture>
{
    [Fact]
    public void TeamsAppPackage_ValidProperties_ZipsManifestAndIconsAtRoot()
    {
        Assert.True(package.Build.ExitCode == 0, package.Build.Output);

        using var zip = ZipFile.OpenRead(package.PackagePath);

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryLayout.TeamsAppManifest, "color.png")), package.ReadEntry("color.png"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryLayout.TeamsAppManifest, "outline.png")), package.ReadEntry("outline.png"));
    }

    [Fact]
    public void TeamsAppPackage_ValidProperties_FillsAppIdBotIdAndHost()
    {
        var manifest = package.ReadManifest();

        Assert.DoesNotContain("{{", package.ReadManifestText(), StringComparison.Ordinal);
        Assert.Equal(TeamsAppPackageFixture.TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(TeamsAppPackageFixture.BotAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([TeamsAppPackageFixture.BotHost], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        var developer = manifest["developer"]!;
        Assert.Equal($"https://{TeamsAppPackageFixture.BotHost}/privacy", (string?)developer["privacyUrl"]);
        Assert.Equal($"https://{TeamsAppPackageFixture.BotHost}/terms", (string?)developer["termsOfUseUrl"]);
    }

    [Theory]
    [InlineData(null, "rk.azurewebsites.net", "TeamsAppId is missing")]
    [InlineData("not-a-guid", "rk.azurewebsites.net", "is not a GUID")]
    [InlineData("6f1c2b7e-3a45-4d0e-9b8a-1c2d3e4f5a6", "rk.azurewebsites.net", "is not a GUID")]
    [InlineData("6f1c2b7e-3a45-4d0e-9b8a-1c2d3e4f5a6b", "https://rk.azurewebsites.net", "is not a host name")]
    public async Task TeamsAppPackage_BadProperties_FailsWithReasonAndWritesNoZip(string? teamsAppId, string? botHost, string reason)
    {
        var directory = Path.Combine(Path.GetTempPath(), "rk-teams-" + Guid.NewGuid().ToString("N"));
        var packagePath = Path.Combine(directory, "RunnersKneeCoach.zip");
        var properties = new Dictionary<string, string> { ["TeamsAppPackagePath"] = packagePath };
        if (teamsAppId is not null)
        {
            properties["TeamsAppId"] = teamsAppId;
        }

        if (botHost is not null)
        {
            properties["BotHost"] = botHost;
        }

        try
        {
            var result = await TeamsAppPackageBuild.RunAsync(properties);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains(reason, result.Output, StringComparison.Ordinal);
            Assert.False(File.Exists(packagePath));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
