using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Presentation;

/// <summary>One exercise in the workout summary: its name and how it ended, in words ("Partly done (2 of 6 sets)").</summary>
public sealed record SummaryLine(string ExerciseId, string Name, string Status, ExerciseOutcomeKind Kind);
