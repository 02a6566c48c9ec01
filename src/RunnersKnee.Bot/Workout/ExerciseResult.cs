namespace RunnersKnee.Bot.Workout;

/// <summary>What happened to one exercise in a session: sets done, skipped, easier version used, pain reported, stopped for pain.</summary>
public sealed class ExerciseResult
{
    public string ExerciseId { get; set; } = string.Empty;

    public int SetsDone { get; set; }

    public bool Skipped { get; set; }

    public bool Easier { get; set; }

    /// <summary>The highest pain score given for this exercise.</summary>
    public int? Pain { get; set; }

    /// <summary>The pain rule stopped it before its last set was done (the score is <see cref="Pain"/>).</summary>
    public bool StoppedForPain { get; set; }
}
