using System.Net.WebSockets;

namespace RunnersKnee.DirectLine;

/// <summary>
/// One open stream: sends what the log holds after the client's watermark, then waits for more. Frames from the
/// client are only keep-alives (DirectLineJS sends an empty one every 20 s) and are read and dropped.
/// </summary>
internal sealed class DirectLineStreamSession(WebSocket socket, DirectLineConversation conversation, int maxPerFrame, TimeProvider timeProvider)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Runs until the client leaves, another socket takes over, the conversation ends or the host stops.</summary>
    /// <returns>Why the stream ended.</returns>
    public async Task<string> RunAsync(long watermark, CancellationToken cancellationToken)
    {
        var subscription = new DirectLineStreamSubscription();
        conversation.Subscribe(subscription);
        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = ReceiveUntilClosedAsync(session);
        var reason = "client closed";
        try
        {
            reason = await SendUntilEndedAsync(subscription, watermark, session.Token);
        }
        catch (OperationCanceledException)
        {
            reason = cancellationToken.IsCancellationRequested ? "server stopping" : "client closed";
        }
        catch (WebSocketException)
        {
            reason = "connection lost";
        }
        finally
        {
            conversation.Unsubscribe(subscription, timeProvider.GetUtcNow());
            await CloseAsync(reason);
            await AwaitClientCloseAsync(receiving);
            await session.CancelAsync();
            await receiving;
        }

        return reason;
    }

    private async Task<string> SendUntilEndedAsync(DirectLineStreamSubscription subscription, long watermark, CancellationToken cancellationToken)
    {
        var cursor = watermark;
        while (true)
        {
            var page = conversation.Read(cursor, maxPerFrame);
            if (page.Entries.Count > 0)
            {
                await socket.SendAsync(DirectLineActivitySet.Write(page), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                cursor = page.Watermark;
                continue;
            }

            if (!await subscription.WaitAsync(cancellationToken))
            {
                return subscription.EndReason ?? "ended";
            }
        }
    }

    private async Task ReceiveUntilClosedAsync(CancellationTokenSource session)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer, session.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The session is over either way; the sender sees the cancellation below.
        }

        await session.CancelAsync();
    }

    // Cancelling a pending receive aborts the connection, which can overtake our close frame; let the client answer it first.
    private static async Task AwaitClientCloseAsync(Task receiving)
    {
        try
        {
            await receiving.WaitAsync(CloseTimeout);
        }
        catch (TimeoutException)
        {
            // The client never answered; the connection is aborted next.
        }
    }

    private async Task CloseAsync(string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        var status = reason is "collision" or "ended" ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure;
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(status, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // A client that vanished cannot be told goodbye.
        }
    }
}
