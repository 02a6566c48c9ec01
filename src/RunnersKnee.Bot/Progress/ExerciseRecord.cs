using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// One exercise of a past session, as the session's summary told it (<see cref="WorkoutSession.Outcomes"/>). Short and
/// flat: sixty sessions of these ride in every turn's document. <see cref="Dosage"/> is the dosage it was done at (the
/// person's plan level, or the easier version's); null when no set was done, and in records kept before plans.
/// </summary>
public sealed record ExerciseRecord(string Id, ExerciseOutcomeKind Outcome, int Sets, bool Easier, int? Pain, Dosage? Dosage = null);
