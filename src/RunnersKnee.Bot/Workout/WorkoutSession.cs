namespace RunnersKnee.Bot.Workout;

/// <summary>
/// One workout, the server's source of truth. <see cref="Step"/> grows with every move, and every card button
/// carries it with <see cref="Id"/>, so a click on an old card is recognised and cannot change anything.
/// </summary>
public sealed class WorkoutSession
{
    public string Id { get; set; } = string.Empty;

    public int Step { get; set; }

    public WorkoutStatus Status { get; set; }

    /// <summary>The status to go back to on resume.</summary>
    public WorkoutStatus? PausedFrom { get; set; }

    public WorkoutPosition Position { get; set; } = new(0, 0, 0);

    public List<ExerciseResult> Results { get; set; } = [];

    /// <summary>When the guided-set timer started, if it is running.</summary>
    public DateTimeOffset? TimerStartedAt { get; set; }

    /// <summary>Time already counted before a pause, so resume continues the countdown where it stopped.</summary>
    public TimeSpan TimerElapsedBeforePause { get; set; }

    public DateTimeOffset? RestEndsAt { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Exercises that hurt 6/10 or more this session (two end it).</summary>
    public int PainStrikes { get; set; }

    /// <summary>The next exercise starts in its easier version (after a 4–5/10 pain score).</summary>
    public bool EasierNext { get; set; }

    /// <summary>The step whose card was last shown, so a waiting turn does not send it twice.</summary>
    public int ShownStep { get; set; } = -1;

    public bool IsOver => Status is WorkoutStatus.Finished or WorkoutStatus.Stopped;

    /// <summary>
    /// Ends the set timer, including the time counted before a pause: left behind, it would restart a countdown
    /// on the next resume for a set whose timer nobody started.
    /// </summary>
    public void StopTimer()
    {
        TimerStartedAt = null;
        TimerElapsedBeforePause = TimeSpan.Zero;
    }

    public ExerciseResult ResultFor(string exerciseId)
    {
        var result = Results.Find(r => r.ExerciseId == exerciseId);
        if (result is null)
        {
            result = new ExerciseResult { ExerciseId = exerciseId };
            Results.Add(result);
        }

        return result;
    }
}
