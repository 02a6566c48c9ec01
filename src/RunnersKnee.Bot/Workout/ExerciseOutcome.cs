namespace RunnersKnee.Bot.Workout;

/// <summary>One exercise's line in the summary: how it ended, sets done of the sets it has, its highest pain score, the dosage it was done at.</summary>
public sealed record ExerciseOutcome(string ExerciseId, ExerciseOutcomeKind Kind, int SetsDone, int Sets, int? Pain, bool Easier, Dosage? Dosage = null);
