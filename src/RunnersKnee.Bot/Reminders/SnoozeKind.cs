namespace RunnersKnee.Bot.Reminders;

/// <summary>"Later" (after <see cref="ReminderOptions.SnoozeFor"/>) or "tomorrow" (the reminder's time the next day).</summary>
public enum SnoozeKind
{
    Later,
    Tomorrow,
}
