using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RunnersKnee.LoadTest;

/// <summary>The machine the numbers came from, and how busy it was (other work skews every figure).</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var model = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadField("/proc/meminfo", "MemTotal") ?? "?";
        return $"{Environment.ProcessorCount} cores ({model}), {memory} RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }

    /// <summary>The load averages (1, 5, 15 minutes) from /proc/loadavg.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static string GitCommit(string repositoryRoot)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", repositoryRoot, "rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit.Length > 0 ? commit : "?";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }

    /// <summary>Whether the working tree differs from the commit (the numbers then belong to uncommitted code).</summary>
    public static bool HasLocalChanges(string repositoryRoot)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", repositoryRoot, "status", "--porcelain", "--", "src"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var changes = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return changes.Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string? ReadField(string path, string name)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
