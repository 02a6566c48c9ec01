namespace RunnersKnee.Bot.Scheduling;

/// <summary>The kinds of <see cref="DueEvent"/>.</summary>
public static class DueEventNames
{
    public const string RestOver = "rest-over";
    public const string ResumeReminder = "resume-reminder";

    /// <summary>A turn whose only work is to deliver replies an earlier turn could not (the adapter does it first).</summary>
    public const string DeliveryRetry = "delivery-retry";
}
