namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Called once when a turn throws. Log, tell the user something friendly, and reset what could trap them.
/// It must not throw; anything it sends is delivered at once.
/// </summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
