using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Privacy;

/// <summary>How long what a person told the bot is kept after their last message.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <value>Days of retention after the last message. Default 30.</value>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;
}
