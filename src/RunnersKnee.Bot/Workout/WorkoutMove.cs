namespace RunnersKnee.Bot.Workout;

/// <summary>
/// The result of one transition of a <see cref="WorkoutSession"/>: what kind of move it was, what to tell the person
/// (in order), and which timers change. The session decides; the coach presents.
/// </summary>
public sealed record WorkoutMove(WorkoutMoveKind Kind, IReadOnlyList<WorkoutNote> Notes, WorkoutTimerChanges Timers)
{
    public static WorkoutMove Moved(WorkoutTimerChanges timers = WorkoutTimerChanges.None, params WorkoutNote[] notes) =>
        new(WorkoutMoveKind.Moved, notes, timers);

    public static WorkoutMove Unchanged(params WorkoutNote[] notes) => new(WorkoutMoveKind.Unchanged, notes, WorkoutTimerChanges.None);

    public static WorkoutMove Quiet(params WorkoutNote[] notes) => new(WorkoutMoveKind.Quiet, notes, WorkoutTimerChanges.None);

    /// <summary>This move's notes and timers, then <paramref name="next"/>'s; the kind is the last move's.</summary>
    public WorkoutMove Then(WorkoutMove next) => new(next.Kind, [.. Notes, .. next.Notes], Timers | next.Timers);
}
