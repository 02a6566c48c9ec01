using System.Reflection;

namespace RunnersKnee.Testing;

/// <summary>Reads a JSON test payload that sits next to the test assembly (Payloads/*.json).</summary>
public static class Payloads
{
    public static string Read(string name)
    {
        var directory = Path.GetDirectoryName(Assembly.GetCallingAssembly().Location)!;
        return File.ReadAllText(Path.Combine(directory, "Payloads", name));
    }
}
