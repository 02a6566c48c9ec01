namespace RunnersKnee.Testing;

/// <summary>The checkout the tests run from, found by walking up from the test assembly to <c>RunnersKnee.sln</c>.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
