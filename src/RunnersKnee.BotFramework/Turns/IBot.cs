namespace RunnersKnee.BotFramework.Turns;

/// <summary>The application's turn logic: one call per incoming activity.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
