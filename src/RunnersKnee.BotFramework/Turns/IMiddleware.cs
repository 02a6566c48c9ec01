namespace RunnersKnee.BotFramework.Turns;

/// <summary>Runs around the bot: do work, call <c>next</c> (or not), do more work.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
