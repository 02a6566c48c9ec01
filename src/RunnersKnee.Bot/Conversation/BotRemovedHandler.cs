using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// The channel said the bot is no longer in the conversation (403): nothing planned for it is sent any more (its
/// due events are cancelled) and its address is forgotten, so no proactive message knocks on a closed door. The
/// person's next message brings a fresh address.
/// </summary>
public sealed class BotRemovedHandler(CoachStateAccessor accessor, PrimaryState primaryState, IDueEventScheduler scheduler, WorkoutTimers timers) : IBotRemovedHandler
{
    public async Task OnBotRemovedAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        await scheduler.CancelConversationAsync(timers.OwnerKey(turnContext.Activity), cancellationToken);
        var state = await accessor.GetAsync(turnContext, cancellationToken);
        if (state.Reference?.Conversation?.Id == reference.Conversation?.Id)
        {
            state.Reference = null;
            await primaryState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
    }
}
