namespace RunnersKnee.Bot.Progress;

/// <summary>One exercise of a past session. Short and flat: sixty sessions of these ride in every turn's document.</summary>
public sealed record ExerciseRecord(string Id, ExerciseOutcome Outcome, int Sets, bool Easier, int? Pain);
