using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Testing;

/// <summary>
/// A Bot Connector service on 127.0.0.1 that records what the bot sends (method, path, bearer token, activity)
/// and answers as the channel would: <c>{"id": ...}</c>. <see cref="Respond"/> scripts failures (429, 500, ...).
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task<bool>>> _scripted = new();
    private readonly ConcurrentQueue<(string? ConversationId, Activity Activity)> _delivered = new();
    private int _sequence;
    private int _sends;
    private int _failEvery;
    private HttpStatusCode _failStatus;

    private LoopbackConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>The serviceUrl to put on inbound activities, ending in a slash as channels send it.</summary>
    public string ServiceUrl => _app.Urls.First() + "/";

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        return connector;
    }

    /// <summary>The next request gets this status (and optional headers) instead of success; it is still recorded.</summary>
    public void Respond(HttpStatusCode status, IDictionary<string, string>? headers = null, string? body = null) =>
        _scripted.Enqueue(async context =>
        {
            context.Response.StatusCode = (int)status;
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (body is not null)
            {
                await context.Response.WriteAsync(body);
            }

            return true;
        });

    /// <summary>From now on every <paramref name="every"/>-th send (POST of an activity) gets <paramref name="status"/>.</summary>
    public void FailEvery(int every, HttpStatusCode status)
    {
        _failEvery = every;
        _failStatus = status;
    }

    /// <summary>The next <paramref name="passes"/> requests succeed, the one after gets <paramref name="status"/>.</summary>
    public void RespondAfter(int passes, HttpStatusCode status, IDictionary<string, string>? headers = null)
    {
        PassNext(passes);
        Respond(status, headers);
    }

    /// <summary>The next <paramref name="passes"/> requests succeed, the one after loses its connection with no answer.</summary>
    public void DropAfter(int passes)
    {
        PassNext(passes);
        _scripted.Enqueue(context =>
        {
            context.Abort();
            return Task.FromResult(true);
        });
    }

    /// <summary>The next request waits for <paramref name="release"/> before it is answered as usual (a stalled channel).</summary>
    public void StallNext(Task release) =>
        _scripted.Enqueue(async _ =>
        {
            await release;
            return false;
        });

    /// <summary>
    /// The next <paramref name="passes"/> requests succeed; the one after hangs until <paramref name="release"/> and then
    /// loses its connection, never accepted (a channel that hangs while the bot dies).
    /// </summary>
    public void StallAfter(int passes, Task release)
    {
        PassNext(passes);
        _scripted.Enqueue(async context =>
        {
            await release;
            context.Abort();
            return true;
        });
    }

    /// <summary>Activities the channel accepted for a conversation (a 2xx answer), in the order it accepted them.</summary>
    public IReadOnlyList<Activity> DeliveredActivities(string? conversationId = null) =>
        [.. _delivered.Where(d => conversationId is null || d.ConversationId == conversationId).Select(d => d.Activity)];

    /// <summary>Activities the bot sent to a conversation (sends and replies), in arrival order.</summary>
    public IReadOnlyList<Activity> SentActivities(string? conversationId = null) =>
        [.. Calls.Where(c => c.Activity is not null && c.Method == "POST" && (conversationId is null || c.ConversationId == conversationId)).Select(c => c.Activity!)];

    /// <summary>Waits until at least <paramref name="count"/> activities were sent, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null, string? conversationId = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var sent = SentActivities(conversationId);
            if (sent.Count >= count)
            {
                return sent;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"Expected {count} activities, got {sent.Count}.");
            }

            await Task.Delay(20);
        }
    }

    private void PassNext(int passes)
    {
        for (var i = 0; i < passes; i++)
        {
            _scripted.Enqueue(_ => Task.FromResult(false));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var segments = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Activity? activity = null;
        if (context.Request.ContentLength > 0 || context.Request.Method is "POST" or "PUT")
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            activity = body.Length > 0 ? JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity) : null;
        }

        Calls.Enqueue(new ConnectorCall(
            context.Request.Method,
            context.Request.Path.Value!,
            context.Request.Headers.Authorization.ToString(),
            segments.Length > 2 ? Uri.UnescapeDataString(segments[2]) : null,
            segments.Length > 4 ? Uri.UnescapeDataString(segments[4]) : null,
            activity));

        if (_scripted.TryDequeue(out var scripted) && await scripted(context))
        {
            return;
        }

        if (_failEvery > 0 && context.Request.Method == "POST" && activity is not null && Interlocked.Increment(ref _sends) % _failEvery == 0)
        {
            context.Response.StatusCode = (int)_failStatus;
            return;
        }

        var id = segments.Length > 4 && context.Request.Method == "PUT"
            ? Uri.UnescapeDataString(segments[4])
            : "activity-" + Interlocked.Increment(ref _sequence);
        if (context.Request.Method == "POST" && activity is not null)
        {
            _delivered.Enqueue((segments.Length > 2 ? Uri.UnescapeDataString(segments[2]) : null, activity));
        }

        context.Response.StatusCode = context.Request.Method == "POST" ? 201 : 200;
        await context.Response.WriteAsJsonAsync(new ResourceResponse(id), BotJsonContext.Default.ResourceResponse);
    }
}
