namespace RunnersKnee.Bot.Workout;

/// <summary>The transitions across exercises: skip, back, easier or standard, and the move to the next exercise.</summary>
public sealed partial class WorkoutSession
{
    public WorkoutMove Skip(WorkoutPlan plan, DateTimeOffset now)
    {
        if (IsOver || Status == WorkoutStatus.Paused)
        {
            return WorkoutMove.Unchanged();
        }

        if (Status == WorkoutStatus.AwaitingPain)
        {
            // Every set is done: only the pain question is skipped, not the exercise.
            return NextExercise(plan, now);
        }

        var skipped = Position;
        ResultFor(plan.ExerciseAt(skipped).Id).Skipped = true;
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelRest, new WorkoutNote(WorkoutNoteKind.Skipped, skipped))
            .Then(NextExercise(plan, now));
    }

    public WorkoutMove Back(WorkoutPlan plan)
    {
        if (IsOver || Status == WorkoutStatus.Paused)
        {
            return WorkoutMove.Unchanged();
        }

        // Waiting for the pain score, the set to redo is the one just finished; otherwise it is the one before.
        var target = Status == WorkoutStatus.AwaitingPain ? Position : plan.Previous(Position, Dosages);
        if (target is null)
        {
            return WorkoutMove.Unchanged(new WorkoutNote(WorkoutNoteKind.BackAtFirst, Position));
        }

        // The set gone back to is done again, so it must not count twice.
        var result = ResultFor(plan.ExerciseAt(target).Id);
        result.SetsDone = Math.Max(0, result.SetsDone - 1);
        result.Skipped = false;
        Position = target;
        StopTimer();
        MoveTo(WorkoutStatus.Active);
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelRest, new WorkoutNote(WorkoutNoteKind.WentBack, target));
    }

    public WorkoutMove MakeEasier(WorkoutPlan plan)
    {
        if (IsOver || Status == WorkoutStatus.Paused)
        {
            return WorkoutMove.Unchanged();
        }

        if (Status == WorkoutStatus.AwaitingPain)
        {
            // The exercise is finished; "easier" is about the next one, and the pain question still stands.
            EasierNext = true;
            return WorkoutMove.Unchanged(new WorkoutNote(WorkoutNoteKind.EasierNextOn, Position));
        }

        var result = ResultFor(plan.ExerciseAt(Position).Id);
        if (result.Easier)
        {
            return WorkoutMove.Quiet(new WorkoutNote(WorkoutNoteKind.EasierAlreadyOn, Position));
        }

        result.Easier = true;
        StopTimer();
        MoveTo(Status);
        return WorkoutMove.Moved(WorkoutTimerChanges.None, new WorkoutNote(WorkoutNoteKind.EasierOn, Position));
    }

    /// <summary>
    /// Back from the easier version to the standard one, guarded like <see cref="MakeEasier"/>. At the pain check it
    /// takes back an easier next exercise (asked for, or set by a moderate score): the person may choose the
    /// standard version, and the pain rule still applies to the score they give next.
    /// </summary>
    public WorkoutMove MakeStandard(WorkoutPlan plan)
    {
        if (IsOver || Status == WorkoutStatus.Paused)
        {
            return WorkoutMove.Unchanged();
        }

        if (Status == WorkoutStatus.AwaitingPain)
        {
            if (!EasierNext)
            {
                return WorkoutMove.Unchanged(new WorkoutNote(WorkoutNoteKind.StandardAlreadyOn, Position));
            }

            EasierNext = false;
            return WorkoutMove.Unchanged(new WorkoutNote(WorkoutNoteKind.StandardNextOn, Position));
        }

        var result = ResultFor(plan.ExerciseAt(Position).Id);
        if (!result.Easier)
        {
            return WorkoutMove.Quiet(new WorkoutNote(WorkoutNoteKind.StandardAlreadyOn, Position));
        }

        result.Easier = false;
        StopTimer();
        MoveTo(Status);
        return WorkoutMove.Moved(WorkoutTimerChanges.None, new WorkoutNote(WorkoutNoteKind.StandardOn, Position));
    }

    /// <summary>To the first set of the next exercise (in its easier version if that was asked for), or the end.</summary>
    private WorkoutMove NextExercise(WorkoutPlan plan, DateTimeOffset now)
    {
        StopTimer();
        if (plan.NextExercise(Position) is not { } next)
        {
            End(WorkoutStatus.Finished, now);
            return WorkoutMove.Moved(WorkoutTimerChanges.CancelAll);
        }

        Position = next;
        if (EasierNext)
        {
            ResultFor(plan.ExerciseAt(next).Id).Easier = true;
            EasierNext = false;
        }

        MoveTo(WorkoutStatus.Active);
        return WorkoutMove.Moved();
    }
}
