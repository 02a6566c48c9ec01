namespace RunnersKnee.Bot.Progress;

/// <summary>
/// The pain before and after the newest sessions that have a score, oldest first: what the chart draws, the alt text
/// reads out and the plain-language line sums up (the "after" series when it has two scores, else "before").
/// </summary>
public sealed record PainTrend(IReadOnlyList<PainTrendPoint> Points)
{
    /// <summary>Sessions on the chart at most: more would not stay readable on a phone.</summary>
    public const int MaxPoints = 12;

    public static PainTrend From(CoachHistory history) => new(
        [.. history.Sessions
            .Where(s => s.PainBefore is not null || s.PainAfter is not null)
            .OrderBy(s => s.EndedAt)
            .TakeLast(MaxPoints)
            .Select(s => new PainTrendPoint(s.EndedAt, s.PainBefore, s.PainAfter))]);

    /// <summary>A chart needs two sessions with a score.</summary>
    public bool CanDraw => Points.Count >= 2;

    public IReadOnlyList<PainTrendPoint> After => [.. Points.Where(p => p.After is not null)];

    public IReadOnlyList<PainTrendPoint> Before => [.. Points.Where(p => p.Before is not null)];

    /// <summary>The series the summary line speaks of: pain after sessions when there are two such scores, else before; null if neither has two.</summary>
    public (bool IsAfter, PainTrendPoint First, PainTrendPoint Last)? Headline =>
        After is { Count: >= 2 } after ? (true, after[0], after[^1])
        : Before is { Count: >= 2 } before ? (false, before[0], before[^1])
        : null;
}
