using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Deployment;

/// <summary>Paths in the repository, found from the test assembly by walking up to <c>RunnersKnee.sln</c>.</summary>
internal static class RepositoryLayout
{
    public static string Root => RepositoryRoot.Path;

    /// <summary>The reference material checked out next to the repository (<c>../shared</c>).</summary>
    public static string Schemas => Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas"));

    public static string BotProject => Path.Combine(Root, "src", "RunnersKnee.Bot", "RunnersKnee.Bot.csproj");

    public static string TeamsAppManifest => Path.Combine(Root, "src", "RunnersKnee.Bot", "TeamsAppManifest");

    public static string DeploymentTemplates => Path.Combine(Root, "deploymentTemplates");
}
