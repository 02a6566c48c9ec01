using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Told when the channel refuses a reply with 403: the bot is no longer in that conversation (the app was
/// uninstalled or blocked). The app stops what it had planned to send there; the turn still holds the document.
/// </summary>
public interface IBotRemovedHandler
{
    Task OnBotRemovedAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);
}
