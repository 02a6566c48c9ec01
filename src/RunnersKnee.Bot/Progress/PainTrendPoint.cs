namespace RunnersKnee.Bot.Progress;

/// <summary>One session on the pain trend: its date and the pain before and after it (either may be missing).</summary>
public sealed record PainTrendPoint(DateTimeOffset At, int? Before, int? After);
