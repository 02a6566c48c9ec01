namespace RunnersKnee.Bot.Workout;

/// <summary>
/// Walks the catalog in order: for each exercise, set 1 on each side, then set 2, ... (alternating legs rests
/// the other one). Pure position arithmetic; the session decides when to move. The sets and sides counted are the
/// session's <c>levels</c> (<see cref="WorkoutSession.Dosages"/>) where given, else the catalog's.
/// </summary>
public sealed class WorkoutPlan(ExerciseCatalog catalog)
{
    public int ExerciseCount => catalog.Exercises.Count;

    public Exercise ExerciseAt(WorkoutPosition position) => catalog.Exercises[position.Exercise];

    public Exercise Get(string exerciseId) => catalog.Get(exerciseId);

    /// <summary>
    /// The steps of the set at <paramref name="position"/>, of the easier version or the standard one, with the side
    /// the card names put in: the right side's step-down says "right foot on the step".
    /// </summary>
    public IReadOnlyList<string> StepsAt(WorkoutPosition position, bool easier)
    {
        var exercise = ExerciseAt(position);
        var side = catalog.SideNames[position.Side % 2];
        var otherSide = catalog.SideNames[(position.Side + 1) % 2];
        return [.. (easier ? exercise.Easier.Steps : exercise.Steps).Select(step => step.Replace("{side}", side, StringComparison.Ordinal).Replace("{otherSide}", otherSide, StringComparison.Ordinal))];
    }

    public WorkoutPosition First => new(0, 0, 0);

    /// <summary>The next set, or null after the last set of the workout.</summary>
    public WorkoutPosition? Next(WorkoutPosition position, IReadOnlyDictionary<string, Dosage>? levels = null)
    {
        var dosage = DosageAt(position.Exercise, levels);
        if (position.Side + 1 < dosage.Sides)
        {
            return position with { Side = position.Side + 1 };
        }

        if (position.Set + 1 < dosage.Sets)
        {
            return new WorkoutPosition(position.Exercise, position.Set + 1, 0);
        }

        return NextExercise(position);
    }

    public WorkoutPosition? NextExercise(WorkoutPosition position) =>
        position.Exercise + 1 < ExerciseCount ? new WorkoutPosition(position.Exercise + 1, 0, 0) : null;

    /// <summary>The set before this one (into the previous exercise's last set), or null at the very start.</summary>
    public WorkoutPosition? Previous(WorkoutPosition position, IReadOnlyDictionary<string, Dosage>? levels = null)
    {
        if (position.Side > 0)
        {
            return position with { Side = position.Side - 1 };
        }

        var dosage = DosageAt(position.Exercise, levels);
        if (position.Set > 0)
        {
            return new WorkoutPosition(position.Exercise, position.Set - 1, dosage.Sides - 1);
        }

        if (position.Exercise == 0)
        {
            return null;
        }

        var previous = DosageAt(position.Exercise - 1, levels);
        return new WorkoutPosition(position.Exercise - 1, previous.Sets - 1, previous.Sides - 1);
    }

    public bool IsLastSetOfExercise(WorkoutPosition position, IReadOnlyDictionary<string, Dosage>? levels = null) => Next(position, levels) is not { } next || next.Exercise != position.Exercise;

    /// <summary>Sets left in this exercise, this one included.</summary>
    public int SetsLeftInExercise(WorkoutPosition position, IReadOnlyDictionary<string, Dosage>? levels = null)
    {
        var dosage = DosageAt(position.Exercise, levels);
        return dosage.TotalSets - ((position.Set * dosage.Sides) + position.Side);
    }

    /// <summary>Sets left in the whole workout, this one included.</summary>
    public int SetsLeftInWorkout(WorkoutPosition position, IReadOnlyDictionary<string, Dosage>? levels = null) =>
        SetsLeftInExercise(position, levels)
        + Enumerable.Range(position.Exercise + 1, ExerciseCount - position.Exercise - 1).Sum(index => DosageAt(index, levels).TotalSets);

    /// <summary>The standard dosage of the exercise at <paramref name="index"/> at the given levels (the catalog's without).</summary>
    public Dosage DosageAt(int index, IReadOnlyDictionary<string, Dosage>? levels = null)
    {
        var exercise = catalog.Exercises[index];
        return levels?.GetValueOrDefault(exercise.Id) ?? exercise.Dosage;
    }

    public int ExercisesAfter(WorkoutPosition position) => ExerciseCount - position.Exercise - 1;
}
