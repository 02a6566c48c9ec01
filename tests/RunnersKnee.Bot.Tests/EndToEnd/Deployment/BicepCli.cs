using System.Reflection;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package; its path is baked into the test assembly from
/// the package's <c>$(BicepPath)</c> at build time.
/// </summary>
internal static class BicepCli
{
    public static string MainBicep => Path.Combine(RepositoryLayout.DeploymentTemplates, "main.bicep");

    public static string MainJson => Path.Combine(RepositoryLayout.DeploymentTemplates, "main.json");

    private static string Executable
    {
        get
        {
            var configured = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
            Assert.False(string.IsNullOrEmpty(configured), "BicepPath is not set: restore tests/RunnersKnee.Bot.Tests.");
            var path = Path.GetFullPath(configured.Replace('\\', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(path), $"The Bicep CLI is not at {path}: run dotnet restore.");
            return path;
        }
    }

    /// <summary>Compiles main.bicep and returns the ARM JSON it prints.</summary>
    public static async Task<string> BuildMainAsync()
    {
        var result = await RunAsync(["build", MainBicep, "--stdout"]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return result.StandardOutput;
    }

    /// <summary>Lints main.bicep, which covers the modules it uses, with deploymentTemplates/bicepconfig.json.</summary>
    public static Task<ProcessResult> LintMainAsync() => RunAsync(["lint", MainBicep]);

    private static Task<ProcessResult> RunAsync(IReadOnlyList<string> arguments) =>
        ProcessRunner.RunAsync(Executable, arguments, RepositoryLayout.DeploymentTemplates);
}
