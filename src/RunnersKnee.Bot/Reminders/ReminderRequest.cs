namespace RunnersKnee.Bot.Reminders;

/// <summary>A reminder phrase read: the kind, and the days, time or snooze it names.</summary>
public sealed record ReminderRequest(ReminderRequestKind Kind, IReadOnlyList<DayOfWeek>? Days = null, TimeOnly? Time = null, SnoozeKind? Snooze = null);
