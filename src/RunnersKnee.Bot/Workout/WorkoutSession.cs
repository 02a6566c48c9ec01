using System.Text.Json.Serialization;

namespace RunnersKnee.Bot.Workout;

/// <summary>
/// One workout, the server's source of truth, and the only place its status changes: every transition is a method
/// here (the partial files group them), guarded against the wrong status, and returns a <see cref="WorkoutMove"/>
/// that the <see cref="WorkoutCoach"/> turns into timers, replies and a card. <see cref="Step"/> grows with every
/// move, and every card button carries it with <see cref="Id"/>, so a click on an old card changes nothing.
/// </summary>
public sealed partial class WorkoutSession
{
    [JsonInclude]
    public string Id { get; private set; } = string.Empty;

    [JsonInclude]
    public int Step { get; private set; }

    [JsonInclude]
    public WorkoutStatus Status { get; private set; }

    /// <summary>The status to go back to on resume.</summary>
    [JsonInclude]
    public WorkoutStatus? PausedFrom { get; private set; }

    [JsonInclude]
    public WorkoutPosition Position { get; private set; } = new(0, 0, 0);

    [JsonInclude]
    public List<ExerciseResult> Results { get; private set; } = [];

    /// <summary>
    /// The standard dosage of each exercise in this session: the person's plan levels when it started. Empty for a
    /// session stored before plans, which uses the catalog's.
    /// </summary>
    [JsonInclude]
    public Dictionary<string, Dosage> Dosages { get; private set; } = [];

    /// <summary>The exercises whose level changed as this session started, so its summary names their new dosage.</summary>
    [JsonInclude]
    public List<string> NewLevels { get; private set; } = [];

    /// <summary>When the guided-set timer started, if it is running.</summary>
    [JsonInclude]
    public DateTimeOffset? TimerStartedAt { get; private set; }

    /// <summary>Time already counted before a pause, so resume continues the countdown where it stopped.</summary>
    [JsonInclude]
    public TimeSpan TimerElapsedBeforePause { get; private set; }

    [JsonInclude]
    public DateTimeOffset? RestEndsAt { get; private set; }

    /// <summary>When the running rest began, so a countdown shows the whole rest, extensions included.</summary>
    [JsonInclude]
    public DateTimeOffset? RestStartedAt { get; private set; }

    /// <summary>The rest still to run when the person paused during it; resume gives it back.</summary>
    [JsonInclude]
    public TimeSpan? RestLeftAtPause { get; private set; }

    [JsonInclude]
    public DateTimeOffset? PausedAt { get; private set; }

    [JsonInclude]
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Exercises stopped for pain this session (the thresholds say how many end it).</summary>
    [JsonInclude]
    public int PainStrikes { get; private set; }

    /// <summary>The session ended because of pain, so the red-flag questions are asked again before anything else.</summary>
    [JsonInclude]
    public bool EndedForPain { get; private set; }

    /// <summary>The session was stopped because a red flag sends the person to a clinician, so its summary plans no next session.</summary>
    [JsonInclude]
    public bool EndedForCare { get; private set; }

    /// <summary>The next exercise starts in its easier version (after a moderate pain score).</summary>
    [JsonInclude]
    public bool EasierNext { get; private set; }

    /// <summary>The pain (0-10) the person gave just before the first set (the question before the workout); null when they skipped it.</summary>
    [JsonInclude]
    public int? PainBefore { get; private set; }

    /// <summary>The last pain score given during the workout: the summary's "after".</summary>
    [JsonInclude]
    public int? LastPain { get; private set; }

    /// <summary>When the session finished or was stopped.</summary>
    [JsonInclude]
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Time spent paused (resumed pauses, and a pause the session ended in), left out of the time taken.</summary>
    [JsonInclude]
    public TimeSpan PausedFor { get; private set; }

    /// <summary>The step whose card was last shown, so a waiting turn does not send it twice.</summary>
    [JsonInclude]
    public int ShownStep { get; private set; } = -1;

    public bool IsOver => Status is WorkoutStatus.Finished or WorkoutStatus.Stopped;

    /// <summary>Time from start to end without the pauses; null while the session runs.</summary>
    public TimeSpan? TimeTaken => EndedAt is { } ended ? ended - StartedAt - PausedFor : null;

    /// <summary>A new session at the first set; <paramref name="painBefore"/> is the answer to the question before it.</summary>
    /// <param name="dosages">The person's levels (<c>Programme/PersonalPlan</c>); null or missing exercises use the catalog's dosage.</param>
    /// <param name="newLevels">The exercises whose level changed just now.</param>
    public static WorkoutSession Start(string id, WorkoutPosition first, DateTimeOffset now, int? painBefore = null, IReadOnlyDictionary<string, Dosage>? dosages = null, IEnumerable<string>? newLevels = null) => new()
    {
        Dosages = dosages is null ? [] : new Dictionary<string, Dosage>(dosages, StringComparer.Ordinal),
        NewLevels = [.. newLevels ?? []],
        // Whether that pain allows a workout today is the caller's rule (TriageRules.PainTooHigh); a score is 0-10.
        PainBefore = painBefore is null or (>= 0 and <= 10) ? painBefore : throw new ArgumentOutOfRangeException(nameof(painBefore)),
        Id = id,
        Step = 1,
        Status = WorkoutStatus.Active,
        Position = first,
        StartedAt = now,
    };

    /// <summary>How far the set timer has counted, including the time before a pause.</summary>
    public TimeSpan TimerElapsed(DateTimeOffset now) =>
        TimerStartedAt is { } started ? TimerElapsedBeforePause + (now - started) : TimerElapsedBeforePause;

    /// <summary>Whether the current step's card should be sent now; records that it was.</summary>
    public bool MarkShown(bool force)
    {
        if (!force && ShownStep == Step)
        {
            return false;
        }

        ShownStep = Step;
        return true;
    }

    /// <summary>
    /// The dosage this session does of <paramref name="exercise"/>: the person's level, or, for the easier version, the
    /// easier dosage never above that level (a person eased below the easier version keeps their level's numbers) and
    /// with the level's sets, so the sets coached do not change when the version does.
    /// </summary>
    public Dosage DosageOf(Exercise exercise, bool easier)
    {
        var level = Dosages.GetValueOrDefault(exercise.Id) ?? exercise.Dosage;
        if (!easier)
        {
            return level;
        }

        var easy = exercise.Easier.Dosage;
        return easy with
        {
            Min = Math.Min(easy.Min, level.Min),
            Max = Math.Min(easy.Max, level.Max),
            Sets = level.Sets,
            HoldSeconds = Math.Min(easy.HoldSeconds, level.HoldSeconds),
        };
    }

    /// <summary>The dosage of the version in use for <paramref name="exercise"/> (easier when switched to it).</summary>
    public Dosage DosageInUse(Exercise exercise) => DosageOf(exercise, ResultFor(exercise.Id).Easier);

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

    /// <summary>A new step: every card and timer from before it is now stale.</summary>
    private void MoveTo(WorkoutStatus status)
    {
        Status = status;
        Step++;
    }

    /// <summary>Finishes or stops the session at <paramref name="now"/>; a pause it ends in counts as paused time.</summary>
    private void End(WorkoutStatus status, DateTimeOffset now)
    {
        if (Status == WorkoutStatus.Paused && PausedAt is { } pausedAt)
        {
            PausedFor += now - pausedAt;
            PausedAt = null;
        }

        EndedAt = now;
        MoveTo(status);
    }

    /// <summary>
    /// Ends the set timer, including the time counted before a pause: left behind, it would restart a countdown
    /// on the next resume for a set whose timer nobody started.
    /// </summary>
    private void StopTimer()
    {
        TimerStartedAt = null;
        TimerElapsedBeforePause = TimeSpan.Zero;
    }
}
