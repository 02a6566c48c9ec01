using System.Reflection;

namespace RunnersKnee.Bot.Content;

/// <summary>
/// The one reader of the reviewed content under <c>Content/</c>. The files ship inside the assembly (never read from
/// the working directory) under their path, for example <c>Safety/thresholds.json</c>, so a missing file names
/// the path a reviewer would look for.
/// </summary>
public static class ContentFiles
{
    private static readonly Assembly Assembly = typeof(ContentFiles).Assembly;

    /// <summary>The paths of the content files in <paramref name="folder"/> ending in <paramref name="extension"/>, sorted.</summary>
    public static IReadOnlyList<string> List(string folder, string extension = ".json")
    {
        var prefix = folder.TrimEnd('/') + "/";
        return [.. Assembly.GetManifestResourceNames()
            .Select(Normalise)
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Opens the content file at <paramref name="path"/>; a missing file is a start-up error naming it.</summary>
    public static Stream Open(string path)
    {
        var name = Assembly.GetManifestResourceNames().FirstOrDefault(resource => Normalise(resource) == path);
        return name is null
            ? throw new InvalidOperationException($"The content file Content/{path} is missing.")
            : Assembly.GetManifestResourceStream(name)!;
    }

    /// <summary>The file name of <paramref name="path"/> without folder and extension ("Cards/rest.json" → "rest").</summary>
    public static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);

    // MSBuild's %(RecursiveDir) uses the build machine's separator.
    private static string Normalise(string resource) => resource.Replace('\\', '/');
}
