using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Privacy;

/// <summary>How long what a person told the bot is kept after their last message.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <value>Days of retention after the last message. Default 30.</value>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <value>How long an "export my data" download link works (Teams, where a chat cannot carry the file). Default 15 minutes.</value>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <value>How often stored state older than the retention is looked for and erased (File and Blob stores). Default 6 hours.</value>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(6);
}
