namespace RunnersKnee.LoadTest;

/// <summary>How to start a server under test: a program, its arguments, and where it runs (its name in messages).</summary>
public sealed record ServerCommand(string Name, string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    /// <summary>A built .NET app: <c>dotnet &lt;dll&gt;</c> in its output folder.</summary>
    public static ServerCommand Dotnet(string dll)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is not built: run `dotnet build -c Release` first (bench/run.sh does).", dll);
        }

        return new ServerCommand(Path.GetFileName(dll), "dotnet", [dll], Path.GetDirectoryName(dll)!);
    }
}
