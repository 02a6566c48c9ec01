namespace RunnersKnee.Bot.Progress;

/// <summary>How much history a person's document keeps: the newest <see cref="MaxSessions"/> sessions, none older than <see cref="MaxAge"/>.</summary>
public sealed record HistoryLimits(int MaxSessions, TimeSpan MaxAge, int MaxChecks, int MaxPainReports);
