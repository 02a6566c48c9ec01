namespace RunnersKnee.Bot.Tests.Deployment;

/// <summary>Paths in the repository, found from the test assembly by walking up to <c>RunnersKnee.sln</c>.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The reference material checked out next to the repository (<c>../shared</c>).</summary>
    public static string Schemas => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas"));

    public static string BotProject => Path.Combine(Root, "src", "RunnersKnee.Bot", "RunnersKnee.Bot.csproj");

    public static string TeamsAppManifest => Path.Combine(Root, "src", "RunnersKnee.Bot", "TeamsAppManifest");

    public static string DeploymentTemplates => Path.Combine(Root, "deploymentTemplates");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RunnersKnee.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"RunnersKnee.sln was not found above {AppContext.BaseDirectory}.");
    }
}
