namespace RunnersKnee.Bot.Workout;

/// <summary>How one exercise of a session ended, as the summary tells it.</summary>
public enum ExerciseOutcomeKind
{
    /// <summary>Every set was done.</summary>
    Done,

    /// <summary>Some sets were done (then skipped, or the session ended).</summary>
    PartlyDone,

    /// <summary>The pain rule stopped it before its last set.</summary>
    StoppedForPain,

    /// <summary>Skipped before any set was done.</summary>
    Skipped,

    /// <summary>The session ended on this exercise before any set was done.</summary>
    NotStarted,

    /// <summary>The session ended before this exercise came up.</summary>
    NotReached,
}
