namespace RunnersKnee.Bot.Reminders;

/// <summary>The morning check of one session: due at <see cref="DueAt"/>, asked at <see cref="AskedAt"/> (then waiting for the answer).</summary>
public sealed record NextMorningCheck(string SessionId, DateTimeOffset DueAt, DateTimeOffset? AskedAt = null);
