namespace RunnersKnee.Bot.Workout;

/// <summary>The transitions that hold or end the session: pause, resume, stop.</summary>
public sealed partial class WorkoutSession
{
    public WorkoutMove Pause(DateTimeOffset now)
    {
        if (IsOver || Status == WorkoutStatus.Paused)
        {
            return WorkoutMove.Unchanged();
        }

        if (TimerStartedAt is not null)
        {
            TimerElapsedBeforePause = TimerElapsed(now);
            TimerStartedAt = null;
        }

        PausedFrom = Status == WorkoutStatus.Resting ? WorkoutStatus.Active : Status;
        PausedAt = now;
        MoveTo(WorkoutStatus.Paused);
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelRest | WorkoutTimerChanges.ScheduleResumeReminder);
    }

    public WorkoutMove Resume(DateTimeOffset now)
    {
        if (Status != WorkoutStatus.Paused)
        {
            return WorkoutMove.Unchanged(new WorkoutNote(WorkoutNoteKind.NotPaused, Position));
        }

        if (TimerElapsedBeforePause > TimeSpan.Zero)
        {
            // The countdown carries on from where it was paused.
            TimerStartedAt = now;
        }

        PausedAt = null;
        MoveTo(PausedFrom ?? WorkoutStatus.Active);
        PausedFrom = null;
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelAll, new WorkoutNote(WorkoutNoteKind.Resumed, Position));
    }

    /// <summary>Ends the session because the person is sent to a clinician (a red flag): the summary says so.</summary>
    public WorkoutMove StopForCare()
    {
        if (IsOver)
        {
            return WorkoutMove.Quiet();
        }

        EndedForCare = true;
        return Stop();
    }

    /// <summary>Ends the session for today (the summary follows); a session already over stays as it ended.</summary>
    public WorkoutMove Stop()
    {
        if (IsOver)
        {
            return WorkoutMove.Quiet();
        }

        StopTimer();
        MoveTo(WorkoutStatus.Stopped);
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelAll, new WorkoutNote(WorkoutNoteKind.Stopped, Position));
    }
}
