namespace RunnersKnee.Bot.Workout;

/// <summary>The set-by-set transitions: start the timer, finish a set or a rest, the rest running out.</summary>
public sealed partial class WorkoutSession
{
    /// <summary>Whether a card or a due event stamped with this session and step is about where the session is now.</summary>
    public bool IsAt(string? sessionId, int? step) => sessionId == Id && step == Step;

    /// <summary>Starts (or restarts) the guided countdown of the current set; false when there is no set to time.</summary>
    public bool StartTimer(bool hasTimedReps, DateTimeOffset now)
    {
        // A distance exercise has no timed reps: an empty countdown would only say "0 reps, about 0 s".
        if (Status != WorkoutStatus.Active || !hasTimedReps)
        {
            return false;
        }

        TimerStartedAt = now;
        TimerElapsedBeforePause = TimeSpan.Zero;
        return true;
    }

    /// <summary>"Done": finishes the rest, or the set (then a rest, or the pain check after an exercise's last set).</summary>
    public WorkoutMove CompleteSet(WorkoutPlan plan, DateTimeOffset now, int restSeconds)
    {
        switch (Status)
        {
            case WorkoutStatus.Resting:
                return EndRest();
            case WorkoutStatus.Active:
                ResultFor(plan.ExerciseAt(Position).Id).SetsDone++;
                StopTimer();
                if (plan.IsLastSetOfExercise(Position, Dosages))
                {
                    MoveTo(WorkoutStatus.AwaitingPain);
                    return WorkoutMove.Moved();
                }

                Position = plan.Next(Position, Dosages)!;
                MoveTo(WorkoutStatus.Resting);
                RestStartedAt = now;
                RestEndsAt = now.AddSeconds(restSeconds);
                return WorkoutMove.Moved(WorkoutTimerChanges.ScheduleRestOver, new WorkoutNote(WorkoutNoteKind.SetDone, Position));
            default:
                return WorkoutMove.Unchanged();
        }
    }

    /// <summary>"Skip rest": the next set starts now. Said mid-set it finishes nothing.</summary>
    public WorkoutMove EndRest()
    {
        if (Status != WorkoutStatus.Resting)
        {
            return WorkoutMove.Unchanged(new WorkoutNote(WorkoutNoteKind.NotResting, Position));
        }

        MoveTo(WorkoutStatus.Active);
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelRest);
    }

    /// <summary>"+15 s": a longer rest. A new step, so the old rest's timers and its "rest over" change nothing.</summary>
    public WorkoutMove ExtendRest(TimeSpan extra, DateTimeOffset now)
    {
        if (Status != WorkoutStatus.Resting || RestEndsAt is not { } ends)
        {
            return WorkoutMove.Unchanged(new WorkoutNote(WorkoutNoteKind.NotResting, Position));
        }

        // A rest that already ran out is extended from now, not from its past end.
        RestEndsAt = (ends > now ? ends : now) + extra;
        MoveTo(WorkoutStatus.Resting);
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelRest | WorkoutTimerChanges.ScheduleRestOver, new WorkoutNote(WorkoutNoteKind.RestExtended, Position, Seconds: (int)extra.TotalSeconds));
    }

    /// <summary>
    /// The rest's due event: acts only if the session is still resting at the step the event was scheduled for,
    /// so a late, repeated or superseded event changes nothing.
    /// </summary>
    public WorkoutMove RestOver(string sessionId, int step)
    {
        if (!IsAt(sessionId, step) || Status != WorkoutStatus.Resting)
        {
            return WorkoutMove.Quiet();
        }

        MoveTo(WorkoutStatus.Active);
        return WorkoutMove.Moved(WorkoutTimerChanges.None, new WorkoutNote(WorkoutNoteKind.RestOver, Position));
    }

    /// <summary>Whether the resume reminder scheduled at <paramref name="step"/> still applies.</summary>
    public bool StillPausedAt(string sessionId, int step) => IsAt(sessionId, step) && Status == WorkoutStatus.Paused;
}
