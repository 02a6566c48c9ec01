using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Programme;

/// <summary>
/// The plan, kept as the property "plan" of the person's one document (beside "coach" and "history"): the same read
/// and write as every turn, exported and erased with it, deserialized only by the turns that ask for it.
/// </summary>
public sealed class PlanAccessor(PrimaryState primaryState)
{
    public const string PropertyName = "plan";

    private readonly IStatePropertyAccessor<PlanLevels> _plan = primaryState.CreateProperty<PlanLevels>(PropertyName);

    /// <summary>The plan to change (created if there is none; written with the turn).</summary>
    public Task<PlanLevels> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _plan.GetAsync(turnContext, () => new PlanLevels(), cancellationToken);

    /// <summary>The plan to read: an empty one when there is none, with nothing added to the document.</summary>
    public async Task<PlanLevels> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await _plan.PeekAsync(turnContext, cancellationToken) ?? new PlanLevels();
}
