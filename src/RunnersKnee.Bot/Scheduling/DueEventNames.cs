namespace RunnersKnee.Bot.Scheduling;

/// <summary>The kinds of <see cref="DueEvent"/>.</summary>
public static class DueEventNames
{
    public const string RestOver = "rest-over";
    public const string ResumeReminder = "resume-reminder";

    /// <summary>The morning after a session: "better, same or worse than before it?"</summary>
    public const string NextMorningCheck = "next-morning-check";

    /// <summary>The person's own reminder (chosen days and time), or one they snoozed.</summary>
    public const string Reminder = "reminder";

    /// <summary>A turn whose only work is to deliver replies an earlier turn could not (the adapter does it first).</summary>
    public const string DeliveryRetry = "delivery-retry";

    /// <summary>The events kept per person (a key <c>{owner}/{name}</c>), which a privacy erase or a removed bot cancels.</summary>
    public static IReadOnlyList<string> PerPerson { get; } = [RestOver, ResumeReminder, NextMorningCheck, Reminder];
}
