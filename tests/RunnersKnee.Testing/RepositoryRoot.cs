namespace RunnersKnee.Testing;

/// <summary>
/// The checkout the tests run from, found by walking up from the test assembly to <c>RunnersKnee.sln</c>, with the
/// team's shared reference material (article, official schemas) beside it in <c>../shared</c>.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path under the sibling <c>shared</c> folder, e.g. <c>Shared("schemas", "adaptive-card-1.5.json")</c>.</summary>
    public static string Shared(params string[] parts)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine([Path, "..", "shared", .. parts]));
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"The shared file {path} is missing (expected beside the repository at ../shared).", path);
    }

    /// <summary><c>artifacts/&lt;name&gt;</c> (git-ignored), created when missing.</summary>
    public static string Artifacts(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Path, "artifacts", name)).FullName;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "RunnersKnee.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No RunnersKnee.sln above {AppContext.BaseDirectory}.");
    }
}
