namespace RunnersKnee.Bot.Workout;

/// <summary>
/// One thing to tell the person: what happened, at which set, the pain score when it was about pain, and the
/// seconds when it was about time (a longer rest).
/// </summary>
public sealed record WorkoutNote(WorkoutNoteKind Kind, WorkoutPosition At, int? Pain = null, int? Seconds = null);
