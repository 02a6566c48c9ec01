using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Programme;

/// <summary>
/// The dosages one exercise moves through, easiest first (<c>Content/Exercises/progression.json</c>): a person starts at
/// <see cref="StartLevel"/> and moves one level at a time; the top is never above the article's dosage.
/// </summary>
public sealed record ExerciseLadder(string Exercise, int StartLevel, IReadOnlyList<LadderLevel> Levels)
{
    /// <summary>The highest level (levels are numbered 1 to <see cref="Top"/>).</summary>
    public int Top => Levels.Count;

    /// <summary>The dosage of a level; a level outside the ladder (content changed since it was stored) is read as the nearest one.</summary>
    public Dosage DosageAt(int level) => Levels[Math.Clamp(level, 1, Top) - 1].Dosage;
}
