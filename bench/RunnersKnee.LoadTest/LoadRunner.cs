using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace RunnersKnee.LoadTest;

/// <summary>
/// Runs N conversations at concurrency K against one server: K workers each take the next conversation and play
/// it turn by turn (a person waits for the answer before the next message). Against the bot the conversations
/// are scripted live; against the floor they replay a bot conversation's transcript.
/// </summary>
public sealed class LoadRunner(ReplySink sink, Uri serverAddress)
{
    private static int _runs;

    /// <summary>Runs the conversations; <paramref name="template"/> null means live against the bot.</summary>
    public async Task<(LoadResult Result, List<TurnRecord>? Transcript)> RunAsync(
        int conversations,
        int concurrency,
        IReadOnlyList<TurnRecord>? template,
        CancellationToken cancellationToken)
    {
        var run = Interlocked.Increment(ref _runs);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60), DefaultRequestVersion = HttpVersion.Version11 };
        var sender = new TurnSender(client, new Uri(serverAddress, "api/messages"));
        var next = -1;
        var failed = 0;
        long turns = 0;
        long replies = 0;
        var failures = new ConcurrentQueue<string>();
        List<TurnRecord>? transcript = null;
        var latencies = new List<long>[concurrency];
        var bytesBefore = sink.ReceivedBytes;
        var started = Stopwatch.GetTimestamp();

        async Task WorkerAsync(int worker)
        {
            var mine = latencies[worker] = new List<long>(conversations / concurrency * 100);
            int index;
            while ((index = Interlocked.Increment(ref next)) < conversations)
            {
                var id = $"bench-{Environment.ProcessId}-{run}-{index:D6}";
                var inbox = sink.Open(id, keepBodies: template is null);
                var conversation = new ConversationContext(new ActivityFactory(sink.ServiceUrl, id), inbox, sender, mine, floor: template is not null);
                try
                {
                    if (template is null)
                    {
                        await ScriptedPerson.RunAsync(conversation, cancellationToken);
                        Interlocked.CompareExchange(ref transcript, conversation.Transcript, null);
                    }
                    else
                    {
                        foreach (var turn in template)
                        {
                            await conversation.PlayAsync(turn, cancellationToken);
                        }
                    }
                }
                catch (Exception exception) when (exception is TurnFailedException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    if (failures.Count < 10)
                    {
                        failures.Enqueue($"{id}: {exception.Message}");
                    }
                }
                finally
                {
                    sink.Close(id);
                }

                Interlocked.Add(ref turns, conversation.Transcript.Count);
                Interlocked.Add(ref replies, conversation.Transcript.Sum(t => (long)t.Replies));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(() => WorkerAsync(w), cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = latencies.Where(l => l is not null).SelectMany(l => l).ToList();
        var result = new LoadResult(conversations, concurrency, failed, turns, replies, sink.ReceivedBytes - bytesBefore, elapsed, LatencyStats.FromTicks(all), [.. failures]);
        return (result, transcript);
    }
}
