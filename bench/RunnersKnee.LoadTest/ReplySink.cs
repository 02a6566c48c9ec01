using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RunnersKnee.LoadTest;

/// <summary>
/// The loopback Bot Connector both servers post replies to: it answers every request at once with a fixed
/// resource id, keeps the bodies of a conversation's current turn for the person who needs to read buttons,
/// and counts everything (requests and their bytes).
/// </summary>
public sealed class ReplySink : IAsyncDisposable
{
    private static readonly byte[] Created = """{"id":"reply"}"""u8.ToArray();

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Inbox> _inboxes = new(StringComparer.Ordinal);
    private long _received;
    private long _receivedBytes;

    private ReplySink(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities, ending in a slash as channels send it.</summary>
    public string ServiceUrl => _app.Urls.First() + "/";

    public long Received => Interlocked.Read(ref _received);

    /// <summary>The bytes of every reply body received so far.</summary>
    public long ReceivedBytes => Interlocked.Read(ref _receivedBytes);

    public static async Task<ReplySink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ReplySink(app);
        app.Run(sink.HandleAsync);
        await app.StartAsync();
        return sink;
    }

    /// <summary>Starts collecting replies for a conversation (bodies only when <paramref name="keepBodies"/>).</summary>
    public Inbox Open(string conversationId, bool keepBodies)
    {
        var inbox = new Inbox(keepBodies);
        _inboxes[conversationId] = inbox;
        return inbox;
    }

    public void Close(string conversationId) => _inboxes.TryRemove(conversationId, out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _received);
        var path = context.Request.Path.Value ?? string.Empty;
        var conversation = ConversationId(path);
        var inbox = conversation is null ? null : _inboxes.GetValueOrDefault(conversation);
        if (inbox is { KeepBodies: true })
        {
            using var body = new MemoryStream((int)(context.Request.ContentLength ?? 4096));
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            Interlocked.Add(ref _receivedBytes, body.Length);
            inbox.Add(body.ToArray());
        }
        else
        {
            Interlocked.Add(ref _receivedBytes, await DrainAsync(context.Request.Body, context.RequestAborted));
            inbox?.Add(null);
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = Created.Length;
        await context.Response.Body.WriteAsync(Created, context.RequestAborted);
    }

    private static async Task<long> DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // /v3/conversations/{id}/activities[/{replyToId}]
    private static string? ConversationId(string path)
    {
        const string Prefix = "/v3/conversations/";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf('/', Prefix.Length);
        return Uri.UnescapeDataString(end < 0 ? path[Prefix.Length..] : path[Prefix.Length..end]);
    }

    /// <summary>What the bot sent to one conversation since <see cref="Take"/> was last called.</summary>
    public sealed class Inbox(bool keepBodies)
    {
        private readonly List<byte[]> _bodies = [];
        private int _count;

        public bool KeepBodies { get; } = keepBodies;

        public void Add(byte[]? body)
        {
            lock (_bodies)
            {
                _count++;
                if (body is not null)
                {
                    _bodies.Add(body);
                }
            }
        }

        /// <summary>The replies of the turn that just ended (and forgets them).</summary>
        public (int Count, byte[][] Bodies) Take()
        {
            lock (_bodies)
            {
                var taken = (_count, _bodies.ToArray());
                _bodies.Clear();
                _count = 0;
                return taken;
            }
        }
    }
}
