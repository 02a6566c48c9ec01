namespace RunnersKnee.Testing;

/// <summary>Folders of the repository the tests run from (found by walking up to <c>RunnersKnee.sln</c>).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>artifacts/&lt;name&gt;</c> (git-ignored), created when missing.</summary>
    public static string Artifacts(string name) => Directory.CreateDirectory(Path.Combine(Root, "artifacts", name)).FullName;

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
