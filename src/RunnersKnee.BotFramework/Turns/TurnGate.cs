namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Counts the turns in flight and, once closed for shutdown, lets no new one start. Closing returns when the last
/// turn in flight (its replies delivered) has left, so a stopping host loses no reply it had begun.
/// </summary>
public sealed class TurnGate
{
    private readonly Lock _sync = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private bool _closed;

    /// <summary>True once shutdown began: new turns are refused.</summary>
    public bool IsClosed
    {
        get
        {
            lock (_sync)
            {
                return _closed;
            }
        }
    }

    /// <summary>Turns running now (for logs and tests).</summary>
    public int InFlight
    {
        get
        {
            lock (_sync)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>A pass for one turn, to dispose when the turn (and its delivery) is over; null once closed.</summary>
    public IDisposable? TryEnter()
    {
        lock (_sync)
        {
            if (_closed)
            {
                return null;
            }

            _inFlight++;
            return new Pass(this);
        }
    }

    /// <summary>Refuses new turns from now on and completes when none is left in flight.</summary>
    public Task CloseAsync(CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            _closed = true;
            if (_inFlight == 0)
            {
                _drained.TrySetResult();
            }
        }

        return _drained.Task.WaitAsync(cancellationToken);
    }

    private void Exit()
    {
        lock (_sync)
        {
            _inFlight--;
            if (_closed && _inFlight == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    private sealed class Pass(TurnGate gate) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Exit();
            }
        }
    }
}
