using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Programme;

/// <summary>One rung of an exercise's ladder: its number (1 = easiest), the dosage, and where that dosage comes from.</summary>
public sealed record LadderLevel(int Level, Dosage Dosage, string Source);
