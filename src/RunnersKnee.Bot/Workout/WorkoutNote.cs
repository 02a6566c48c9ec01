namespace RunnersKnee.Bot.Workout;

/// <summary>One thing to tell the person: what happened, at which set, and the pain score when it was about pain.</summary>
public sealed record WorkoutNote(WorkoutNoteKind Kind, WorkoutPosition At, int? Pain = null);
