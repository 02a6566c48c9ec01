namespace RunnersKnee.Bot.Workout;

/// <summary>
/// One exercise of the programme, as written in <c>Content/Exercises/exercises.json</c>. <see cref="Note"/> records
/// a reading of the article that a physical therapist should confirm.
/// </summary>
public sealed record Exercise(
    string Id,
    string Name,
    string Source,
    string WhyItHelps,
    IReadOnlyList<string> TargetMuscles,
    IReadOnlyList<string> Equipment,
    IReadOnlyList<string> Steps,
    string Cue,
    Dosage Dosage,
    EasierVersion Easier,
    string? Note = null);
