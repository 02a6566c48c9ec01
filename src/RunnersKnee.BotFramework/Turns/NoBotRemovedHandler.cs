using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>The default: the refused reply is dropped and nothing else changes.</summary>
public sealed class NoBotRemovedHandler : IBotRemovedHandler
{
    public Task OnBotRemovedAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;
}
