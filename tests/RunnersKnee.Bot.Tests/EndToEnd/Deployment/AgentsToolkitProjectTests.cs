using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;
using YamlDotNet.Serialization;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// The Microsoft 365 Agents Toolkit project (m365agents.yml, m365agents.local.yml, env/) is valid for the toolkit
/// version pinned in tests/tools, and uses the repository's one manifest, its Bicep and its package build. What the
/// toolkit can only check signed in (provision, deploy, the Developer Portal's package validation) is not run.
/// </summary>
public sealed class AgentsToolkitProjectTests(TeamsAppPackageFixture package) : IClassFixture<TeamsAppPackageFixture>
{
    private const string PackageFromTheBuild = "./artifacts/teams/RunnersKneeCoach.zip";

    [Fact]
    public async Task AtkValidate_ManifestTheBuildPackages_PassesTheToolkitsSchemaAndRules()
    {
        var folder = Directory.CreateTempSubdirectory("rk-atk-").FullName;
        try
        {
            Assert.True(package.Build.ExitCode == 0, package.Build.Output);
            ZipFile.ExtractToDirectory(package.PackagePath, folder);

            var result = await AgentsToolkitCli.ValidateManifestAsync(Path.Combine(folder, "manifest.json"));

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("All passed", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AtkValidate_BrokenManifest_Fails()
    {
        var folder = Directory.CreateTempSubdirectory("rk-atk-").FullName;
        try
        {
            ZipFile.ExtractToDirectory(package.PackagePath, folder);
            var manifestPath = Path.Combine(folder, "manifest.json");
            var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
            manifest["bots"]![0]!["botId"] = "not-a-guid";
            File.WriteAllText(manifestPath, manifest.ToJsonString());

            var result = await AgentsToolkitCli.ValidateManifestAsync(manifestPath);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("/bots/0/botId", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("m365agents.yml")]
    [InlineData("m365agents.local.yml")]
    public async Task ProjectFile_AgainstTheToolkitsYamlSchema_IsValid(string file)
    {
        var project = ReadYaml(file);
        var version = (string?)project["version"];
        Assert.NotNull(version);
        var schemaPath = AgentsToolkitCli.YamlSchema(version);
        var schema = await JsonSchema.FromFileAsync(schemaPath);

        var errors = schema.Validate(project.ToJsonString());

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));

        // NJsonSchema ignores "const", which is how the schema tells actions apart: each step is checked again
        // against the one action definition its "uses" names.
        var actions = ActionDefinitions(schemaPath);
        foreach (var step in new[] { "provision", "deploy" }.SelectMany(stage => project[stage]?.AsArray() ?? []))
        {
            var uses = (string?)step!["uses"];
            Assert.True(uses is not null && actions.ContainsKey(uses), $"{file}: '{uses}' is not an action of the toolkit's yml {version}.");
            var stepErrors = schema.Definitions[actions[uses]].Validate(step.ToJsonString());
            Assert.True(stepErrors.Count == 0, $"{file}, {uses}: " + string.Join(", ", stepErrors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }

    [Theory]
    [InlineData("m365agents.yml", new[] { "teamsApp/create", "arm/deploy", "cli/runDotnetCommand", "teamsApp/validateAppPackage", "teamsApp/update" })]
    [InlineData("m365agents.local.yml", new[] { "teamsApp/create", "botAadApp/create", "cli/runDotnetCommand", "botFramework/create", "teamsApp/validateAppPackage", "teamsApp/update" })]
    public void Provision_Steps_BuildThePackageFromTheOneManifestThenValidateAndUpload(string file, string[] actions)
    {
        var steps = ReadYaml(file)["provision"]!.AsArray().Select(s => s!.AsObject()).ToList();

        Assert.Equal(actions, steps.Select(s => (string?)s["uses"]).Distinct());
        var build = steps.Single(s => ((string?)s["with"]?["args"])?.Contains("-t:TeamsAppPackage", StringComparison.Ordinal) == true);
        Assert.StartsWith("build src/RunnersKnee.Bot ", (string?)build["with"]!["args"], StringComparison.Ordinal);
        Assert.All(
            steps.Where(s => (string?)s["uses"] is "teamsApp/validateAppPackage" or "teamsApp/update"),
            s => Assert.Equal(PackageFromTheBuild, (string?)s["with"]!["appPackagePath"]));
        Assert.True(steps.IndexOf(build) < steps.FindIndex(s => (string?)s["uses"] == "teamsApp/update"));
        Assert.False(Directory.Exists(Path.Combine(RepositoryLayout.Root, "appPackage")), "A second copy of the manifest: the toolkit uses the package the build makes.");
    }

    [Fact]
    public void DevProvision_ArmDeploy_UsesTheCommittedTemplateAndAParametersFileOfItsParameters()
    {
        var deploy = ReadYaml("m365agents.yml")["provision"]!.AsArray().Single(s => (string?)s!["uses"] == "arm/deploy")!;
        var template = deploy["with"]!["templates"]!.AsArray().Single()!;
        var parameters = ArmTemplate.LoadCommitted().Root["parameters"]!.AsObject();

        Assert.Equal("./deploymentTemplates/main.json", (string?)template["path"]);
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.Root, (string)template["parameters"]!)))!;
        Assert.All(file["parameters"]!.AsObject(), p => Assert.True(parameters.ContainsKey(p.Key), $"{p.Key} is not a parameter of main.bicep"));
        Assert.All(file["parameters"]!.AsObject(), p => Assert.NotEqual("securestring", (string?)parameters[p.Key]!["type"]));
    }

    [Fact]
    public void Deploy_PublishesAndZipDeploysToTheTemplatesWebApp()
    {
        var steps = ReadYaml("m365agents.yml")["deploy"]!.AsArray().Select(s => s!.AsObject()).ToList();
        var outputs = ArmTemplate.LoadCommitted().Root["outputs"]!.AsObject();

        Assert.Equal(["cli/runDotnetCommand", "azureAppService/zipDeploy"], steps.Select(s => (string?)s["uses"]));
        Assert.Equal("publish src/RunnersKnee.Bot -c Release -r linux-x64 --self-contained false -o artifacts/publish", (string?)steps[0]["with"]!["args"]);
        Assert.Equal("./artifacts/publish", (string?)steps[1]["with"]!["artifactFolder"]);

        // arm/deploy writes each output back as its name in upper case.
        Assert.Equal("${{WEBAPPRESOURCEID}}", (string?)steps[1]["with"]!["resourceId"]);
        Assert.Contains(outputs, o => string.Equals(o.Key, "WEBAPPRESOURCEID", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(".env.dev")]
    [InlineData(".env.local")]
    public void EnvironmentFile_Committed_HoldsNoSecret(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryLayout.Root, "env", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

        Assert.Contains($"TEAMSFX_ENV={file[".env.".Length..]}", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("SECRET_", StringComparison.Ordinal));
        Assert.Contains("/env/.env.*.user", File.ReadAllLines(Path.Combine(RepositoryLayout.Root, ".gitignore")));
    }

    /// <summary>Each action's <c>uses</c> value and the name of the schema definition that describes it.</summary>
    private static Dictionary<string, string> ActionDefinitions(string schemaPath) =>
        JsonNode.Parse(File.ReadAllText(schemaPath))!["definitions"]!.AsObject()
            .Where(d => d.Value?["properties"]?["uses"]?["const"] is not null)
            .ToDictionary(d => (string)d.Value!["properties"]!["uses"]!["const"]!, d => d.Key, StringComparer.Ordinal);

    /// <summary>A project yml as JSON (scalars as strings, which is all these files hold).</summary>
    private static JsonObject ReadYaml(string file)
    {
        var yaml = new DeserializerBuilder().Build().Deserialize(new StringReader(File.ReadAllText(Path.Combine(RepositoryLayout.Root, file))));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(yaml);
        return JsonNode.Parse(json)!.AsObject();
    }
}
