namespace RunnersKnee.Bot.Workout;

/// <summary>What the dosage counts: repetitions, or the distance stepped (side steps).</summary>
public enum DosageUnit
{
    Reps,
    Feet,
}
