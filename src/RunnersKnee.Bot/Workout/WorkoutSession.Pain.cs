using RunnersKnee.Bot.Safety;


namespace RunnersKnee.Bot.Workout;

/// <summary>The pain-monitoring rule (research A4) applied to the session, with the reviewed thresholds.</summary>
public sealed partial class WorkoutSession
{
    /// <summary>
    /// A pain score during or after an exercise: low carries on; moderate switches to the easier version (now, or for
    /// the next exercise when this one is finished); high stops the exercise and waits, paused at the next one, for
    /// "carry on" or "stop"; very high, or enough stopped exercises, ends the session for today.
    /// </summary>
    public WorkoutMove ApplyPain(WorkoutPlan plan, PainThresholds thresholds, int pain, DateTimeOffset now)
    {
        if (IsOver)
        {
            return WorkoutMove.Quiet();
        }

        var afterExercise = Status == WorkoutStatus.AwaitingPain;
        var here = Position;
        var result = ResultFor(plan.ExerciseAt(here).Id);
        result.Pain = Math.Max(result.Pain ?? 0, pain);
        LastPain = pain;

        // Stopped mid-exercise, the summary says so with the score; after its last set, the exercise was done.
        var stopsHere = !afterExercise;
        switch (thresholds.Judge(pain))
        {
            case PainVerdict.EndSession:
                PainStrikes++;
                result.StoppedForPain = stopsHere;
                return EndForPain(WorkoutNoteKind.PainTooHighEndsSession, here, pain, now);
            case PainVerdict.Stop:
                PainStrikes++;
                result.StoppedForPain = stopsHere;
                if (PainStrikes >= thresholds.StrikesToEnd)
                {
                    return EndForPain(WorkoutNoteKind.PainEndsSession, here, pain, now);
                }

                if (!afterExercise)
                {
                    result.Skipped = result.SetsDone == 0;
                }

                var stopped = WorkoutMove.Quiet(new WorkoutNote(WorkoutNoteKind.PainStopExercise, here, pain)).Then(NextExercise(plan, now));
                return IsOver ? stopped : stopped.Then(Pause(now));
            case PainVerdict.Ease:
                var ease = WorkoutMove.Quiet(new WorkoutNote(WorkoutNoteKind.PainEase, here, pain));
                if (afterExercise)
                {
                    EasierNext = true;
                    return ease.Then(NextExercise(plan, now));
                }

                return ease.Then(MakeEasier(plan));
            default:
                var ok = WorkoutMove.Quiet(new WorkoutNote(WorkoutNoteKind.PainOk, here, pain));
                return afterExercise ? ok.Then(NextExercise(plan, now)) : ok;
        }
    }

    private WorkoutMove EndForPain(WorkoutNoteKind kind, WorkoutPosition here, int pain, DateTimeOffset now)
    {
        EndedForPain = true;
        return WorkoutMove.Quiet(new WorkoutNote(kind, here, pain)).Then(Stop(now));
    }
}
