using System.Threading.Channels;

namespace RunnersKnee.DirectLine;

/// <summary>
/// The one open WebSocket of a conversation: woken when the log grows, ended when another socket takes over
/// (Direct Line closes the older one as a collision) or the conversation is forgotten.
/// </summary>
internal sealed class DirectLineStreamSubscription
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Why the subscription ended: <c>collision</c> or <c>ended</c>; null while it is live.</summary>
    public string? EndReason { get; private set; }

    public void Notify() => _signal.Writer.TryWrite(true);

    public void End(string reason)
    {
        EndReason ??= reason;
        _signal.Writer.TryComplete();
    }

    /// <summary>Waits for new activities; false once the subscription has ended.</summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken) =>
        await _signal.Reader.WaitToReadAsync(cancellationToken) && _signal.Reader.TryRead(out _);
}
