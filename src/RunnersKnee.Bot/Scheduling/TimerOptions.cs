using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>The pace of a guided set and the rests between sets.</summary>
public sealed class TimerOptions
{
    public const string SectionName = "Timers";

    /// <value>The 3-2-1 lead-in before the first rep, in seconds. Default 3.</value>
    [Range(0, 10)]
    public int LeadInSeconds { get; set; } = 3;

    /// <value>How long a rep's move out takes when the content gives the exercise no tempo, in seconds. Default 2.</value>
    [Range(1, 10)]
    public int MoveSeconds { get; set; } = 2;

    /// <value>How long a rep's slow return takes when the content gives the exercise no tempo, in seconds. Default 2.</value>
    [Range(1, 10)]
    public int ReleaseSeconds { get; set; } = 2;

    /// <value>Rest between sets and sides, in seconds. Default 45.</value>
    [Range(5, 600)]
    public int RestSeconds { get; set; } = 45;

    /// <value>
    /// How long after a rest ends the "rest over" message goes out if the person has not continued. The chat page
    /// moves on by itself at the end of the rest, so this only reaches people who left it. Default 10 s.
    /// </value>
    [Range(0, 600)]
    public int RestOverGraceSeconds { get; set; } = 10;

    /// <value>How much "+15 s" adds to a rest, in seconds. Default 15.</value>
    [Range(5, 120)]
    public int MoreRestSeconds { get; set; } = 15;

    /// <value>
    /// A pause at least this long is an absence: resuming says "Welcome back". Shorter pauses (a drink, a reload)
    /// just carry on. Default 10 minutes.
    /// </value>
    public TimeSpan WelcomeBackAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <value>A paused workout sends one reminder after this long. Default 2 hours.</value>
    public TimeSpan ResumeReminderAfter { get; set; } = TimeSpan.FromHours(2);
}
