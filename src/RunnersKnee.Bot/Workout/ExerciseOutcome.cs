namespace RunnersKnee.Bot.Workout;

/// <summary>One exercise's line in the summary: how it ended, sets done of the sets it has, its highest pain score.</summary>
public sealed record ExerciseOutcome(string ExerciseId, ExerciseOutcomeKind Kind, int SetsDone, int Sets, int? Pain, bool Easier);
