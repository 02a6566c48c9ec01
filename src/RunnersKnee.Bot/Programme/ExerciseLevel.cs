namespace RunnersKnee.Bot.Programme;

/// <summary>Where one exercise is on its ladder for this person, and when that was last decided (a change or a hold at the bottom).</summary>
public sealed record ExerciseLevel(string ExerciseId, int Level, DateTimeOffset ChangedAt);
