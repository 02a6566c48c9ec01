using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Programme;

/// <summary>
/// The one owner of the progression rules (research row 15, A4), pure: from the plan, the sessions kept in the history
/// and the time, the change due for each exercise, with its reason. Only sessions since the exercise's last change (or
/// the plan's start) count, so each session's evidence is used once, at the level it was done at.
/// <list type="bullet">
/// <item>One level down when the exercise was stopped for pain, or the knee was worse the morning after a session that
/// did it. Never held back by the block: safety first. At the bottom it stays, and that counts as the decision.</item>
/// <item>Otherwise one level up when the last <see cref="ProgressionThresholds.EasySessions"/> sessions each did every
/// set of its standard version, no pain score above <see cref="ProgressionThresholds.EasyPainMax"/>, and a next-morning
/// "same" or "better"; not above the top (the article's dosage), and not when it already changed in this block.</item>
/// </list>
/// </summary>
public sealed class ProgressionRules(ProgressionContent content)
{
    public IReadOnlyList<LevelChange> Decide(PlanLevels plan, IReadOnlyList<SessionRecord> sessions, DateTimeOffset now)
    {
        var rules = content.Rules;
        var changes = new List<LevelChange>();
        foreach (var ladder in content.Ladders)
        {
            var id = ladder.Exercise;
            var level = plan.LevelOf(ladder);
            var since = plan.EvidenceSince(id);
            var recent = sessions.Where(s => s.StartedAt >= since && s.EndedAt <= now).OrderBy(s => s.StartedAt).ToList();
            if (EasingReason(id, recent) is { } reason)
            {
                changes.Add(new LevelChange(id, level, Math.Max(1, level - 1), reason));
                continue;
            }

            if (level < ladder.Top && !plan.ChangedInBlockOf(id, now, rules.BlockDays) && LastWereEasy(id, recent, rules))
            {
                changes.Add(new LevelChange(id, level, level + 1, LevelChangeReason.EasySessions));
            }
        }

        return changes;
    }

    /// <summary>Why the exercise must be eased, pain first: the most direct sign the load was too much.</summary>
    private static LevelChangeReason? EasingReason(string exerciseId, IReadOnlyList<SessionRecord> sessions)
    {
        if (sessions.Any(s => s.Exercises.Any(e => e.Id == exerciseId && e.Outcome == ExerciseOutcomeKind.StoppedForPain)))
        {
            return LevelChangeReason.StoppedForPain;
        }

        return sessions.Any(s => s.NextMorning == NextMorningAnswer.Worse && s.Exercises.Any(e => e.Id == exerciseId && e.Sets > 0))
            ? LevelChangeReason.WorseNextMorning
            : null;
    }

    private static bool LastWereEasy(string exerciseId, IReadOnlyList<SessionRecord> sessions, ProgressionThresholds rules)
    {
        var last = sessions.Where(s => s.CountsAsSession).TakeLast(rules.EasySessions).ToList();
        return last.Count == rules.EasySessions && last.All(s => WasEasy(exerciseId, s, rules.EasyPainMax));
    }

    /// <summary>
    /// Every set of the standard version done, the session's highest pain score (any exercise, or after it) at most
    /// <paramref name="painMax"/>, and fine the next morning. No score or no morning answer is not easy: unknown is not a yes.
    /// </summary>
    private static bool WasEasy(string exerciseId, SessionRecord session, int painMax) =>
        session.NextMorning is NextMorningAnswer.Same or NextMorningAnswer.Better
        && session.Exercises.Any(e => e.Id == exerciseId && e.Outcome == ExerciseOutcomeKind.Done && !e.Easier)
        && HighestPain(session) is { } pain && pain <= painMax;

    private static int? HighestPain(SessionRecord session) =>
        session.Exercises.Select(e => e.Pain).Append(session.PainAfter).Max();
}
