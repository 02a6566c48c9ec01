namespace RunnersKnee.Bot.Reminders;

/// <summary>The days and local time the person asked to be reminded ("Mon Wed Fri at 7pm").</summary>
public sealed record WeeklyReminder(IReadOnlyList<DayOfWeek> Days, TimeOnly Time);
