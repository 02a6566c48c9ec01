namespace RunnersKnee.Bot.Workout;

/// <summary>What a transition did to the session, which decides the card that follows it.</summary>
public enum WorkoutMoveKind
{
    /// <summary>The session moved to a new step: show its card.</summary>
    Moved,

    /// <summary>Not possible where the session is: show the current card again so the person sees where they are.</summary>
    Unchanged,

    /// <summary>Nothing to show: the notes say it all, or a late or stale event that must change nothing.</summary>
    Quiet,
}
