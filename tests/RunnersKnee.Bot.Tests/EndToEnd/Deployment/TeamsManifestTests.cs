using System.Text.Json.Nodes;
using NJsonSchema;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

public sealed class TeamsManifestTests(TeamsAppPackageFixture package) : IClassFixture<TeamsAppPackageFixture>
{
    [Fact]
    public async Task Manifest_Packaged_ValidatesAgainstSchemaOfDeclaredVersion()
    {
        var manifest = package.ReadManifestText();
        var schema = await LoadSchemaAsync(package.ReadManifest());

        var errors = schema.Validate(manifest);

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Manifest_Packaged_DeclaresSchemaConstVersionAndMatchingSchemaUrl()
    {
        var manifest = package.ReadManifest();
        var schemaFile = JsonNode.Parse(await File.ReadAllTextAsync(SchemaPath(manifest)))!;
        var version = (string?)manifest["manifestVersion"];

        // The Teams schemas say draft-04 but constrain manifestVersion with draft-06 `const`, which draft-04 validators skip.
        Assert.Equal((string?)schemaFile["properties"]!["manifestVersion"]!["const"], version);
        Assert.Equal($"https://developer.microsoft.com/en-us/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
    }

    [Theory]
    [InlineData("name.short", "Runner's Knee Coach for every runner")]
    [InlineData("id", "not-a-guid")]
    [InlineData("accentColor", "teal")]
    public async Task Manifest_BrokenField_IsRejectedBySchema(string path, string value)
    {
        var manifest = package.ReadManifest();
        var schema = await LoadSchemaAsync(manifest);
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate((JsonNode)manifest, (node, part) => node[part]!);
        parent[parts[^1]] = value;

        var errors = schema.Validate(manifest.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Manifest_Bot_OffersTheCoachCommandsInPersonalTeamAndGroupChat()
    {
        var bot = package.ReadManifest()["bots"]!.AsArray().Single()!;
        var commandList = bot["commandLists"]!.AsArray().Single()!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["personal", "team", "groupChat"], commandList["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(
            ["what's next", "start workout", "pause", "resume", "help"],
            commandList["commands"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.All(commandList["commands"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
    }

    [Fact]
    public void Manifest_IsTheNewestVersionWhoseSchemaWeHave_AndInstallsPersonalByDefault()
    {
        var manifest = package.ReadManifest();
        var newest = Directory.GetFiles(RepositoryLayout.Schemas, "teams-manifest-*.json")
            .Select(path => Version.Parse(Path.GetFileNameWithoutExtension(path)["teams-manifest-".Length..]))
            .Max();

        Assert.Equal(newest!.ToString(), (string?)manifest["manifestVersion"]);
        Assert.Equal("personal", (string?)manifest["defaultInstallScope"]);
    }

    [Fact]
    public void Manifest_Descriptions_SayWhatTheCoachIsAndIsNot()
    {
        var description = package.ReadManifest()["description"]!;
        var full = (string)description["full"]!;

        Assert.Contains("runner's knee", (string)description["short"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("self-management coach", full, StringComparison.Ordinal);
        Assert.Contains("triage", full, StringComparison.Ordinal);
        Assert.Contains("rest and ice", full, StringComparison.Ordinal);
        Assert.Contains("physical-therapist guidance", full, StringComparison.Ordinal);
        Assert.Contains("strength workout", full, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis", full, StringComparison.Ordinal);
        Assert.Contains("not a doctor", full, StringComparison.Ordinal);
        Assert.Contains("not for emergencies", full, StringComparison.Ordinal);
    }

    private static string SchemaPath(JsonObject manifest) =>
        Path.Combine(RepositoryLayout.Schemas, $"teams-manifest-{(string?)manifest["manifestVersion"]}.json");

    private static async Task<JsonSchema> LoadSchemaAsync(JsonObject manifest)
    {
        var path = SchemaPath(manifest);
        Assert.True(File.Exists(path), $"No schema for manifestVersion {(string?)manifest["manifestVersion"]} at {path}.");
        return await JsonSchema.FromFileAsync(path);
    }
}
