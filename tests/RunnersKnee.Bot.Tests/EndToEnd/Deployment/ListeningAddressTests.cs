using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// Where the app listens is the host's choice: App Service sets <c>ASPNETCORE_HTTP_PORTS</c>, and a <c>Urls</c> in
/// shipped settings would silently override it (loopback only, health probe failing). The README's
/// <c>dotnet run</c> gets port 3978 from the launch profile instead.
/// </summary>
public sealed class ListeningAddressTests
{
    private static string BotFolder => Path.GetDirectoryName(RepositoryLayout.BotProject)!;

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("appsettings.Production.json")]
    public void ShippedSettings_NameNoListeningAddress(string file)
    {
        var path = Path.Combine(BotFolder, file);
        if (!File.Exists(path))
        {
            Assert.Equal("appsettings.Production.json", file);
            return;
        }

        var settings = JsonNode.Parse(File.ReadAllText(path))!.AsObject();

        Assert.DoesNotContain(settings, p => p.Key.Equals("Urls", StringComparison.OrdinalIgnoreCase)
            || p.Key.Equals("Kestrel", StringComparison.OrdinalIgnoreCase)
            || p.Key.Contains("PORTS", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void LaunchProfile_ForTheReadmesDotnetRun_ListensOnLocalhost3978()
    {
        var launch = JsonNode.Parse(File.ReadAllText(Path.Combine(BotFolder, "Properties", "launchSettings.json")))!;

        var profile = launch["profiles"]!["RunnersKnee.Bot"]!;

        Assert.Equal("Project", (string?)profile["commandName"]);
        Assert.Equal("http://localhost:3978", (string?)profile["applicationUrl"]);
    }
}
