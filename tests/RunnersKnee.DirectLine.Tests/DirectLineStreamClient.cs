using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace RunnersKnee.DirectLine.Tests;

/// <summary>A WebSocket on a <c>streamUrl</c> that collects every activity of every ActivitySet frame.</summary>
internal sealed class DirectLineStreamClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly Channel<JsonElement> _activities = Channel.CreateUnbounded<JsonElement>();
    private readonly Task _receiving;

    private DirectLineStreamClient(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = ReceiveAsync();
    }

    public List<string> Watermarks { get; } = [];

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    public static async Task<DirectLineStreamClient> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return new DirectLineStreamClient(socket);
    }

    /// <summary>The HTTP status a refused handshake answered (the socket never opens).</summary>
    public static async Task<int> RefusedStatusAsync(string streamUrl)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(streamUrl), timeout.Token));
        return (int)socket.HttpStatusCode;
    }

    /// <summary>Reads activities until one matches, or fails after a few seconds.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            while (true)
            {
                var activity = await _activities.Reader.ReadAsync(timeout.Token);
                if (match(activity))
                {
                    return activity;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The stream did not deliver {what}.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The stream closed ({CloseStatus} {CloseDescription}) before delivering {what}.");
        }
    }

    public Task<JsonElement> WaitForTextAsync(string text) =>
        WaitForAsync(a => a.TryGetProperty("text", out var t) && t.GetString() == text, $"'{text}'");

    /// <summary>Waits until the server closes the socket; fails after a few seconds.</summary>
    public async Task WaitForCloseAsync() => await _receiving.WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // Already going away.
            }
        }

        await _receiving.WaitAsync(TimeSpan.FromSeconds(10));
        _socket.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var frame = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    // Answer the server's close as a browser does.
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }

                message.Write(buffer, 0, frame.Count);
                if (!frame.EndOfMessage)
                {
                    continue;
                }

                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                if (text.Length > 0)
                {
                    var set = ActivitySet.Parse(text);
                    Watermarks.Add(set.Watermark ?? string.Empty);
                    foreach (var activity in set.Activities)
                    {
                        _activities.Writer.TryWrite(activity);
                    }
                }
            }
        }
        catch (WebSocketException)
        {
            // The connection went away; the channel completion tells the waiters.
        }
        finally
        {
            _activities.Writer.TryComplete();
        }
    }
}
