using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// A property of its own in the person's one document (beside "coach"): read and written with the turn, exported and
/// erased with the document, and deserialized only by the turns that ask for it (the protocol layer copies an
/// untouched property through as stored). The history, the plan and the reminders are each one.
/// </summary>
public abstract class PersonDocumentProperty<T>(PrimaryState primaryState, string propertyName)
    where T : class, new()
{
    private readonly IStatePropertyAccessor<T> _property = primaryState.CreateProperty<T>(propertyName);

    /// <summary>The value to change (created if there is none; written with the turn).</summary>
    public Task<T> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _property.GetAsync(turnContext, () => new T(), cancellationToken);

    /// <summary>The stored value, or null; adds nothing to the document.</summary>
    public Task<T?> PeekAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _property.PeekAsync(turnContext, cancellationToken);

    /// <summary>The value to read: an empty one when there is none, with nothing added to the document.</summary>
    public async Task<T> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _property.PeekAsync(turnContext, cancellationToken) ?? new T();
}
