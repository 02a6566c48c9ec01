using System.Text.Json.Serialization;

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

        // A pause during a rest keeps what is left of it: resuming must not throw the rest away.
        RestLeftAtPause = Status == WorkoutStatus.Resting && RestEndsAt is { } ends ? Max(ends - now, TimeSpan.Zero) : null;
        PausedFrom = Status;
        PausedAt = now;
        MoveTo(WorkoutStatus.Paused);
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelRest | WorkoutTimerChanges.ScheduleResumeReminder);
    }

    /// <summary>Carries on; <paramref name="welcomeBackAfter"/> is how long a pause must last to count as an absence.</summary>
    public WorkoutMove Resume(DateTimeOffset now, TimeSpan welcomeBackAfter)
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

        var note = now - (PausedAt ?? now) >= welcomeBackAfter ? WorkoutNoteKind.ResumedAfterAbsence : WorkoutNoteKind.Resumed;
        if (PausedAt is { } pausedAt)
        {
            PausedFor += now - pausedAt;
        }

        PausedAt = null;
        var resting = PausedFrom == WorkoutStatus.Resting;
        if (resting)
        {
            // The rest carries on with the time it had left; its countdown still shows the whole rest.
            var total = RestEndsAt is { } ends && RestStartedAt is { } started ? ends - started : TimeSpan.Zero;
            var left = RestLeftAtPause ?? TimeSpan.Zero;
            RestEndsAt = now + left;
            RestStartedAt = now - Max(total - left, TimeSpan.Zero);
        }

        RestLeftAtPause = null;
        MoveTo(PausedFrom ?? WorkoutStatus.Active);
        PausedFrom = null;
        var timers = resting ? WorkoutTimerChanges.CancelAll | WorkoutTimerChanges.ScheduleRestOver : WorkoutTimerChanges.CancelAll;
        return WorkoutMove.Moved(timers, new WorkoutNote(note, Position));
    }

    /// <summary>Whether the pause came during a rest (resume goes back to the rest).</summary>
    [JsonIgnore]
    public bool PausedDuringRest => Status == WorkoutStatus.Paused && PausedFrom == WorkoutStatus.Resting;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>Ends the session because the person is sent to a clinician (a red flag): the summary says so.</summary>
    public WorkoutMove StopForCare(DateTimeOffset now)
    {
        if (IsOver)
        {
            return WorkoutMove.Quiet();
        }

        EndedForCare = true;
        return Stop(now);
    }

    /// <summary>Ends the session for today (the summary follows); a session already over stays as it ended.</summary>
    public WorkoutMove Stop(DateTimeOffset now)
    {
        if (IsOver)
        {
            return WorkoutMove.Quiet();
        }

        StopTimer();
        End(WorkoutStatus.Stopped, now);
        return WorkoutMove.Moved(WorkoutTimerChanges.CancelAll, new WorkoutNote(WorkoutNoteKind.Stopped, Position));
    }
}
