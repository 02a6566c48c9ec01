using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Coaching;

/// <summary>Typed access to the coach's conversation state and the dialog stack (one document).</summary>
public sealed class CoachStateAccessor(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<CoachState> _coach = conversationState.CreateProperty<CoachState>("coach");

    public IStatePropertyAccessor<DialogState> Dialogs { get; } = conversationState.CreateProperty<DialogState>("dialogState");

    public Task<CoachState> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _coach.GetAsync(turnContext, () => new CoachState(), cancellationToken);

    /// <summary>Forgets the whole conversation: answers, workout and dialog stack.</summary>
    public async Task ResetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await conversationState.ClearStateAsync(turnContext, cancellationToken);
    }
}
