namespace RunnersKnee.Bot.Workout;

/// <summary>What the session did, exercise by exercise, for the summary.</summary>
public sealed partial class WorkoutSession
{
    /// <summary>Every exercise of the plan in order, with how it ended; read-only (it creates no results).</summary>
    public IReadOnlyList<ExerciseOutcome> Outcomes(WorkoutPlan plan) =>
        [.. Enumerable.Range(0, plan.ExerciseCount).Select(index => OutcomeOf(plan, index))];

    private ExerciseOutcome OutcomeOf(WorkoutPlan plan, int index)
    {
        var exercise = plan.ExerciseAt(new WorkoutPosition(index, 0, 0));
        var result = Results.Find(r => r.ExerciseId == exercise.Id);
        var dosage = DosageOf(exercise, result?.Easier == true);
        var sets = dosage.TotalSets;
        var done = Math.Min(result?.SetsDone ?? 0, sets);
        var kind = result switch
        {
            { StoppedForPain: true } => ExerciseOutcomeKind.StoppedForPain,
            _ when done >= sets => ExerciseOutcomeKind.Done,
            _ when done > 0 => ExerciseOutcomeKind.PartlyDone,
            { Skipped: true } => ExerciseOutcomeKind.Skipped,

            // A result can exist for an exercise not yet reached ("what's next" looks ahead), so the position decides.
            _ when index > Position.Exercise => ExerciseOutcomeKind.NotReached,
            _ => ExerciseOutcomeKind.NotStarted,
        };
        return new ExerciseOutcome(exercise.Id, kind, done, sets, result?.Pain, result?.Easier == true, dosage);
    }
}
