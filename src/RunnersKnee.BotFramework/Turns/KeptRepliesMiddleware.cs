namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// After the bot has run and before the state is saved, lets <see cref="TurnDelivery"/> put the replies earlier
/// turns of this document did not deliver ahead of this turn's, and list what the save writes until it is delivered.
/// It sits inside the state's save.
/// </summary>
public sealed class KeptRepliesMiddleware(TurnDelivery delivery) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        await next(cancellationToken);
        await delivery.PrepareAsync(turnContext, cancellationToken);
    }
}
