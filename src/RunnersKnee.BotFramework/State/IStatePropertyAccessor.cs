using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.State;

/// <summary>Typed access to one named property of a <see cref="BotState"/> document.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>The value, or the one <paramref name="createDefault"/> makes (which is then kept for this turn).</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> createDefault, CancellationToken cancellationToken);

    /// <summary>The stored value, or default when the document has none; unlike <see cref="GetAsync"/> it adds nothing to write.</summary>
    Task<T?> PeekAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
