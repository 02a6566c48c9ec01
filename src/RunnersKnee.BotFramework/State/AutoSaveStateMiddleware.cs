using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.State;

/// <summary>Saves every state the turn loaded, once, after the bot has run.</summary>
public sealed class AutoSaveStateMiddleware(PrimaryState primaryState, ConversationState conversationState, UserState userState) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        await next(cancellationToken);
        await primaryState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }
}
