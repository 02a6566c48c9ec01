namespace RunnersKnee.Testing;

/// <summary>
/// The checkout the tests run from, found by walking up from the test assembly to <c>RunnersKnee.sln</c>. Tests read
/// only what is inside it: a fresh clone on its own must pass.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The folder of official JSON schemas kept in the repository (<c>tests/Schemas</c>, sources in its README).</summary>
    public static string Schemas => System.IO.Path.Combine(Path, "tests", "Schemas");

    /// <summary>One official schema, e.g. <c>Schema("adaptive-card-1.5.json")</c>.</summary>
    public static string Schema(string fileName)
    {
        var path = System.IO.Path.Combine(Schemas, fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"The schema {path} is missing from tests/Schemas.", path);
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
