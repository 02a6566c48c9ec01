namespace RunnersKnee.Bot.Progress;

/// <summary>How one exercise of a finished or stopped session went, as a physio would ask about it.</summary>
public enum ExerciseOutcome
{
    /// <summary>Every set of the version used.</summary>
    Done,

    /// <summary>Some sets, not all (stopped or skipped part-way).</summary>
    Partly,

    /// <summary>The pain rule stopped it (a score at or above the stop threshold of thresholds.json).</summary>
    StoppedForPain,

    Skipped,
}
