using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.EndToEnd.Deployment;

/// <summary>Paths in the repository, found from the test assembly by walking up to <c>RunnersKnee.sln</c>.</summary>
internal static class RepositoryLayout
{
    public static string Root => RepositoryRoot.Path;

    /// <summary>The official JSON schemas kept in the repository (<c>tests/Schemas</c>).</summary>
    public static string Schemas => RepositoryRoot.Schemas;

    public static string BotProject => Path.Combine(Root, "src", "RunnersKnee.Bot", "RunnersKnee.Bot.csproj");

    public static string TeamsAppManifest => Path.Combine(Root, "src", "RunnersKnee.Bot", "TeamsAppManifest");

    public static string DeploymentTemplates => Path.Combine(Root, "deploymentTemplates");
}
