namespace RunnersKnee.Bot.Progress;

/// <summary>
/// A finished or stopped workout as the history keeps it: when, how it ended, pain before and after, each exercise
/// reached, and the next-morning answer once the person gave it.
/// </summary>
public sealed record SessionRecord(
    string Id,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    SessionEnd End,
    int? PainBefore,
    int? PainAfter,
    IReadOnlyList<ExerciseRecord> Exercises,
    NextMorningAnswer? NextMorning = null,
    int? NextMorningPain = null)
{
    /// <summary>Whether anything was done: a session stopped before its first set does not count towards the weekly goal.</summary>
    public bool CountsAsSession => Exercises.Any(exercise => exercise.Sets > 0);
}
