namespace RunnersKnee.Bot.Scheduling;

/// <summary>The kinds of <see cref="DueEvent"/>.</summary>
public static class DueEventNames
{
    public const string RestOver = "rest-over";
    public const string ResumeReminder = "resume-reminder";
}
