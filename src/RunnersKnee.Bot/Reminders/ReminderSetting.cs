namespace RunnersKnee.Bot.Reminders;

/// <summary>What asking for a reminder time came to: kept, or refused because it is in the quiet hours, with an allowed time to offer.</summary>
public sealed record ReminderSetting(bool Kept, TimeOnly? Instead = null);
