using System.Collections.Concurrent;

namespace RunnersKnee.BotFramework.Tests.Fakes;

/// <summary>What happened, in order, across the fakes of one test (storage writes, connector sends, ...).</summary>
public sealed class EventLog
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public void Add(string entry) => _events.Enqueue(entry);

    public int IndexOf(string prefix) => Events.ToList().FindIndex(e => e.StartsWith(prefix, StringComparison.Ordinal));
}
