using System.Text.Json.Serialization;

namespace RunnersKnee.Bot.Programme;

/// <summary>
/// The person's plan: the level of each exercise that has left its start level (or was held at the bottom), and when
/// the plan started, which counts the blocks. Kept as the property "plan" of the person's document
/// (<see cref="PlanAccessor"/>); only <see cref="Apply"/> and <see cref="Restart"/> change it.
/// </summary>
public sealed class PlanLevels
{
    /// <summary>When the plan started or was last reset; blocks are counted from here, and evidence before it is not used.</summary>
    [JsonInclude]
    public DateTimeOffset StartedAt { get; private set; }

    [JsonInclude]
    public List<ExerciseLevel> Exercises { get; private set; } = [];

    /// <summary>False for a person who never started a workout since plans began (nothing stored yet).</summary>
    [JsonIgnore]
    public bool IsStarted => StartedAt != default;

    /// <summary>The level the person is at: the ladder's start until a change was made.</summary>
    public int LevelOf(ExerciseLadder ladder) =>
        Math.Clamp(Find(ladder.Exercise)?.Level ?? ladder.StartLevel, 1, ladder.Top);

    /// <summary>Sessions from this moment on were done at the current level, so only they count for the next decision.</summary>
    public DateTimeOffset EvidenceSince(string exerciseId) => Find(exerciseId)?.ChangedAt ?? StartedAt;

    /// <summary>Whether the exercise already changed in the block <paramref name="now"/> falls in (blocks of <paramref name="blockDays"/> days from the start).</summary>
    public bool ChangedInBlockOf(string exerciseId, DateTimeOffset now, int blockDays) =>
        Find(exerciseId)?.ChangedAt is { } changed && BlockOf(changed, blockDays) == BlockOf(now, blockDays);

    /// <summary>The block (0 = the first 14 days) a moment falls in.</summary>
    public int BlockOf(DateTimeOffset moment, int blockDays) => (int)Math.Floor((moment - StartedAt).TotalDays / blockDays);

    public void Apply(LevelChange change, DateTimeOffset now)
    {
        Exercises.RemoveAll(level => level.ExerciseId == change.ExerciseId);
        Exercises.Add(new ExerciseLevel(change.ExerciseId, change.To, now));
    }

    /// <summary>Every exercise back at its start level, the blocks counted again from <paramref name="now"/>.</summary>
    public void Restart(DateTimeOffset now)
    {
        StartedAt = now;
        Exercises.Clear();
    }

    private ExerciseLevel? Find(string exerciseId) => Exercises.Find(level => level.ExerciseId == exerciseId);
}
