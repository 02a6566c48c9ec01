namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// The Microsoft 365 Agents Toolkit CLI (<c>atk</c>, npm <c>@microsoft/m365agentstoolkit-cli</c>, pinned in
/// tests/tools/package.json) and the yml schema it ships. Only what works without a Microsoft 365 sign-in is used:
/// <c>atk validate --manifest-file</c> checks a manifest against the Teams schema and the toolkit's rules offline;
/// <c>--package-file</c> and every provision or deploy step need a signed-in account.
/// </summary>
internal static class AgentsToolkitCli
{
    private static string Package => Path.Combine(RepositoryLayout.Root, "tests", "tools", "node_modules", "@microsoft", "m365agentstoolkit-cli");

    private static string Executable
    {
        get
        {
            var path = Path.Combine(RepositoryLayout.Root, "tests", "tools", "node_modules", ".bin", "atk");
            Assert.True(File.Exists(path), $"The Agents Toolkit CLI is not at {path}: run `npm ci --prefix tests/tools`.");
            return path;
        }
    }

    /// <summary>The yml schema of <paramref name="version"/> (such as <c>v1.13</c>) inside the npm package.</summary>
    public static string YamlSchema(string version)
    {
        var path = Path.Combine(Package, "resource", "yaml-schema", version, "yaml.schema.json");
        Assert.True(File.Exists(path), $"The toolkit ships no yml schema {version} at {path}.");
        return path;
    }

    /// <summary>Validates a manifest (icons next to it) without signing in; telemetry and prompts off.</summary>
    public static Task<ProcessResult> ValidateManifestAsync(string manifestPath) =>
        ProcessRunner.RunAsync(
            Executable,
            ["validate", "--manifest-file", manifestPath, "--telemetry", "false", "--interactive", "false"],
            Path.GetDirectoryName(manifestPath)!);
}
