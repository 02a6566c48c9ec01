namespace RunnersKnee.Bot.Workout;

/// <summary>What happened to one exercise in a session: sets done, skipped, easier version used, pain reported.</summary>
public sealed class ExerciseResult
{
    public string ExerciseId { get; set; } = string.Empty;

    public int SetsDone { get; set; }

    public bool Skipped { get; set; }

    public bool Easier { get; set; }

    public int? Pain { get; set; }
}
