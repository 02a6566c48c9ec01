using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Programme;

/// <summary>What a new workout uses: every exercise's dosage at the person's levels, and the changes made just now to tell.</summary>
public sealed record PlanDecision(IReadOnlyDictionary<string, Dosage> Dosages, IReadOnlyList<LevelChange> Changes);
