using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Progress;

/// <summary>The history's bounds, the weekly goal and the lifetime of the chart and summary links.</summary>
public sealed class ProgressOptions
{
    public const string SectionName = "Progress";

    /// <value>Sessions kept, newest first. Default 60 (twenty weeks at the default goal).</value>
    [Range(2, 200)]
    public int MaxSessions { get; set; } = 60;

    /// <value>Days a session, safety outcome or pain report is kept (never beyond the privacy retention after the last message). Default 90.</value>
    [Range(7, 365)]
    public int MaxDays { get; set; } = 90;

    /// <value>Safety outcomes kept. Default 20.</value>
    [Range(1, 100)]
    public int MaxChecks { get; set; } = 20;

    /// <value>Pain reports kept. Default 60.</value>
    [Range(1, 200)]
    public int MaxPainReports { get; set; } = 60;

    /// <value>Sessions a week the progress card counts against until the person sets their own (research C row 17, B1: 3 a week). Default 3.</value>
    [Range(1, 7)]
    public int DefaultWeeklyGoal { get; set; } = 3;

    /// <value>How long a chart or printable-summary link works. Default 15 minutes.</value>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    // A method, not a property: configuration binding and the settings contract read properties as settings.
    public HistoryLimits ToLimits() => new(MaxSessions, TimeSpan.FromDays(MaxDays), MaxChecks, MaxPainReports);
}
