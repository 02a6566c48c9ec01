namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// One whole conversation as a person types it, read from a script file (<c>Integration/Conversations/Scripts</c>):
/// where it starts (<see cref="From"/>), what the person sends, and what must come of it (<see cref="Expect"/>).
/// A header line reads <c>== id expect from [es]: what it is</c>; each message is a line starting with <c>&gt; </c>,
/// and <c>&gt; [Done set]</c> taps that button instead of typing.
/// </summary>
public sealed record FreeTextScript(string Id, string Expect, string From, string Locale, string About, IReadOnlyList<string> Messages)
{
    public const string Folder = "Integration/Conversations/Scripts";

    public override string ToString() => $"{Id} {Expect} from {From}: {About}";

    public static IReadOnlyList<FreeTextScript> Read(string file)
    {
        var scripts = new List<FreeTextScript>();
        FreeTextScript? current = null;
        foreach (var raw in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, Folder, file)))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("== ", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var head = line[3..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                current = new FreeTextScript(head[0], head[1], head[2], head.Length > 3 ? head[3] : "en", line[(colon + 1)..].Trim(), new List<string>());
                scripts.Add(current);
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal) && current is not null)
            {
                ((List<string>)current.Messages).Add(line[2..]);
            }
            else
            {
                throw new FormatException($"{file}: '{line}' is neither a header (== ...) nor a message (> ...).");
            }
        }

        return scripts;
    }
}
