namespace RunnersKnee.Bot.Workout;

/// <summary>A point in the workout: which exercise (0-based), which set (0-based) and which side (0 = left, 1 = right).</summary>
public sealed record WorkoutPosition(int Exercise, int Set, int Side);
