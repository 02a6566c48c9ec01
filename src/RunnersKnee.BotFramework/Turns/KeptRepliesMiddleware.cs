namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// After the bot has run and before the state is saved, notes the replies earlier turns of this document could not
/// deliver (<see cref="TurnDelivery"/>), so the adapter sends them first. It sits inside the state's save.
/// </summary>
public sealed class KeptRepliesMiddleware(TurnDelivery delivery) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        await next(cancellationToken);
        await delivery.NoteKeptAsync(turnContext, cancellationToken);
    }
}
