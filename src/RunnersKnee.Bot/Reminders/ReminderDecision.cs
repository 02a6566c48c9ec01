namespace RunnersKnee.Bot.Reminders;

/// <summary>What a due reminder does when it fires.</summary>
public enum ReminderDecision
{
    /// <summary>Send it, then plan the next one.</summary>
    Send,

    /// <summary>Not today (quiet hours, already nudged today, a session done today, coaching paused for care): plan the next one.</summary>
    Skip,

    /// <summary>Replaced or stopped since it was planned: nothing at all.</summary>
    Stale,
}
