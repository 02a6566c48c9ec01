namespace RunnersKnee.Bot.Workout;

/// <summary>The durable timers a transition needs changed once the turn's state is saved (cancels run first).</summary>
[Flags]
public enum WorkoutTimerChanges
{
    None = 0,
    CancelRest = 1,
    CancelAll = 2,
    ScheduleRestOver = 4,
    ScheduleResumeReminder = 8,
}
