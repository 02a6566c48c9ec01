using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// Typed access to the coach's state and the dialog stack: one document per person and channel (the app runs with
/// <see cref="StateScope.User"/>), so a new conversation of the same person continues where they were.
/// </summary>
public sealed class CoachStateAccessor(PrimaryState primaryState)
{
    private readonly IStatePropertyAccessor<CoachState> _coach = primaryState.CreateProperty<CoachState>("coach");

    public IStatePropertyAccessor<DialogState> Dialogs { get; } = primaryState.CreateProperty<DialogState>("dialogState");

    public Task<CoachState> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _coach.GetAsync(turnContext, () => new CoachState(), cancellationToken);

    /// <summary>The stored state, or null when there is none; adds nothing to write (safe after "delete my data").</summary>
    public Task<CoachState?> PeekAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _coach.PeekAsync(turnContext, cancellationToken);

    /// <summary>Forgets everything the person told the coach: answers, workout and dialog stack.</summary>
    public async Task ResetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await primaryState.ClearStateAsync(turnContext, cancellationToken);
    }
}
