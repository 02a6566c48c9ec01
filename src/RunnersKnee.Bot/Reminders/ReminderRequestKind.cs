namespace RunnersKnee.Bot.Reminders;

/// <summary>What a reminder phrase asks for.</summary>
public enum ReminderRequestKind
{
    /// <summary>"Remind me Mon Wed Fri at 7pm" (no days: every day).</summary>
    Set,

    /// <summary>"Remind me" with no time: the card of choices.</summary>
    Choose,

    /// <summary>"My reminders".</summary>
    List,

    /// <summary>"Stop reminders": the reminders and the morning check still to come.</summary>
    Stop,

    /// <summary>"Later", "tomorrow", right after a reminder.</summary>
    Snooze,

    /// <summary>"Check in at 9": the morning check's time.</summary>
    MorningTime,

    /// <summary>"No morning check".</summary>
    MorningOff,
}
