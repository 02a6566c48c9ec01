namespace RunnersKnee.Bot.Progress;

/// <summary>A pain score the person gave outside a session's before/after questions ("that hurt 6/10", the pain asked again after a rest day).</summary>
public sealed record PainRecord(DateTimeOffset At, int Pain);
