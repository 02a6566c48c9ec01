namespace RunnersKnee.BotFramework.Turns;

/// <summary>Two holds released as one: a turn's document lock and its <see cref="TurnGate"/> pass.</summary>
internal sealed class ReleasedTogether(IDisposable first, IDisposable second) : IDisposable
{
    public void Dispose()
    {
        try
        {
            first.Dispose();
        }
        finally
        {
            second.Dispose();
        }
    }
}
