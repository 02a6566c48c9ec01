using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RunnersKnee.Testing;

/// <summary>
/// An OpenTelemetry collector's OTLP/HTTP receiver on 127.0.0.1 (opentelemetry-proto, "OTLP/HTTP"):
/// <c>POST /v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c> with protobuf bodies, answered 200 with an empty
/// export response. It keeps each body; protobuf carries strings (span names, attribute keys and values) as
/// plain UTF-8, so a test can ask what an export names and, as importantly, what it never contains.
/// </summary>
public sealed class LoopbackOtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackOtlpReceiver(WebApplication app) => _app = app;

    /// <summary>The value for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string Endpoint => _app.Urls.First();

    /// <summary>Each export as received: the signal (<c>traces</c>, <c>metrics</c>, <c>logs</c>) and its body.</summary>
    public ConcurrentQueue<(string Signal, byte[] Body)> Exports { get; } = new();

    public static async Task<LoopbackOtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new LoopbackOtlpReceiver(app);
        app.MapPost("/v1/{signal}", (Func<HttpContext, string, Task<IResult>>)receiver.ReceiveAsync);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Everything exported for <paramref name="signal"/> so far, as text for substring checks.</summary>
    public string TextOf(string signal) =>
        string.Join('\n', Exports.Where(e => e.Signal == signal).Select(e => Encoding.UTF8.GetString(e.Body)));

    /// <summary>Waits until an export of <paramref name="signal"/> contains every one of <paramref name="names"/>.</summary>
    public async Task<string> WaitForAsync(string signal, params string[] names)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var text = TextOf(signal);
            if (names.All(name => text.Contains(name, StringComparison.Ordinal)))
            {
                return text;
            }

            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"No {signal} export named {string.Join(", ", names.Where(n => !text.Contains(n, StringComparison.Ordinal)))} within 30 s ({Exports.Count} exports received).");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string signal)
    {
        using var buffer = new MemoryStream();
        var body = http.Request.Headers.ContentEncoding.ToString() == "gzip"
            ? new GZipStream(http.Request.Body, CompressionMode.Decompress)
            : http.Request.Body;
        await body.CopyToAsync(buffer);
        Exports.Enqueue((signal, buffer.ToArray()));
        return Results.Bytes([], "application/x-protobuf");
    }
}
