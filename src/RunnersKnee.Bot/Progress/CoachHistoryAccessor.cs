using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// The history, kept as the property "history" of the person's one document (beside "coach"): the same read and
/// write as every turn, erased and swept with it, but deserialized only by the turns that ask for it.
/// </summary>
public sealed class CoachHistoryAccessor(PrimaryState primaryState)
{
    public const string PropertyName = "history";

    private readonly IStatePropertyAccessor<CoachHistory> _history = primaryState.CreateProperty<CoachHistory>(PropertyName);

    /// <summary>The history to change (created if there is none; written with the turn).</summary>
    public Task<CoachHistory> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _history.GetAsync(turnContext, () => new CoachHistory(), cancellationToken);

    /// <summary>The history to read: an empty one when there is none, with nothing added to the document.</summary>
    public async Task<CoachHistory> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _history.PeekAsync(turnContext, cancellationToken) ?? new CoachHistory();
}
