using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Tests.Fakes;

/// <summary>A bot whose turn is the delegate given; counts how often it ran.</summary>
public sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    private int _calls;

    public DelegateBot()
        : this((_, _) => Task.CompletedTask)
    {
    }

    public int Calls => Volatile.Read(ref _calls);

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return onTurn(turnContext, cancellationToken);
    }
}
