namespace RunnersKnee.Bot.Workout;

/// <summary>Where a workout session stands.</summary>
public enum WorkoutStatus
{
    /// <summary>A set is on (its card is shown; the timer may be running).</summary>
    Active,

    /// <summary>Resting between sets or sides.</summary>
    Resting,

    /// <summary>Waiting for the one-tap pain score after an exercise.</summary>
    AwaitingPain,

    Paused,
    Finished,
    Stopped,
}
