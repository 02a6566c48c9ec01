namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>Runs the documented build step: the <c>TeamsAppPackage</c> target of the bot project.</summary>
internal static class TeamsAppPackageBuild
{
    public static Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string> properties)
    {
        List<string> arguments = ["msbuild", RepositoryLayout.BotProject, "-t:TeamsAppPackage", "-nologo", "-nodeReuse:false", "-v:minimal"];
        arguments.AddRange(properties.Select(p => $"-p:{p.Key}={p.Value}"));
        return ProcessRunner.RunAsync(ProcessRunner.Dotnet, arguments, RepositoryLayout.Root);
    }
}
