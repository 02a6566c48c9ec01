using RunnersKnee.Bot.Progress;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Programme;

/// <summary>
/// Applies the progression rules to a turn: when a workout starts, the plan (property "plan") meets the history
/// (read only) and the changes due are made; "reset my plan" puts every exercise back at its start level. Both are
/// in the person's one document, so the turn stays one read and at most one write.
/// </summary>
public sealed class PersonalPlan(PlanAccessor accessor, CoachHistoryAccessor history, ProgressionContent content, ProgressionRules rules)
{
    /// <summary>The levels for the workout starting at <paramref name="now"/>, after the changes the rules call for.</summary>
    public async Task<PlanDecision> ForNewWorkoutAsync(ITurnContext turn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = await accessor.GetAsync(turn, cancellationToken);
        if (!plan.IsStarted)
        {
            // The first workout starts the plan: sessions from before it were not done at a level of it.
            plan.Restart(now);
        }

        var sessions = (await history.ReadAsync(turn, cancellationToken)).Sessions;
        var changes = rules.Decide(plan, sessions, now);
        foreach (var change in changes)
        {
            plan.Apply(change, now);
        }

        return new PlanDecision(content.DosagesAt(plan), changes);
    }

    /// <summary>Every exercise back at its start level; blocks and evidence count from <paramref name="now"/>.</summary>
    public async Task ResetAsync(ITurnContext turn, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await accessor.GetAsync(turn, cancellationToken)).Restart(now);
}
