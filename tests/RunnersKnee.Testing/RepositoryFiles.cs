namespace RunnersKnee.Testing;

/// <summary>
/// Finds files by walking up from the test assembly to the folder holding <c>RunnersKnee.sln</c>; the team's shared
/// reference material (article, official schemas) sits beside the repository in <c>../shared</c>.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<DirectoryInfo> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value.FullName;

    /// <summary>A path under the sibling <c>shared</c> folder, e.g. <c>Shared("schemas", "adaptive-card-1.5.json")</c>.</summary>
    public static string Shared(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root.Value.FullName, "..", "shared", .. parts]));
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"The shared file {path} is missing (expected beside the repository at ../shared).", path);
    }

    private static DirectoryInfo FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RunnersKnee.sln")))
            {
                return directory;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} contains RunnersKnee.sln.");
    }
}
