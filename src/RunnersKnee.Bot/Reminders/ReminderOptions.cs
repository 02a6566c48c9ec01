using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Reminders;

/// <summary>When the coach may write first: quiet hours, the next-morning check's default time, how long "later" waits.</summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string SectionName = "Reminders";

    /// <value>Local time quiet hours start (no reminder, no check). Default 21:00.</value>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    /// <value>Local time quiet hours end. Default 07:00.</value>
    public TimeOnly QuietHoursEnd { get; set; } = new(7, 0);

    /// <value>Local time of the next-morning check unless the person picks another. Default 08:00.</value>
    public TimeOnly NextMorningTime { get; set; } = new(8, 0);

    /// <value>How long "later" puts a reminder off (then moved out of quiet hours). Default 1 hour.</value>
    [Range(typeof(TimeSpan), "00:10:00", "12:00:00")]
    public TimeSpan SnoozeFor { get; set; } = TimeSpan.FromHours(1);

    /// <value>How long after a reminder "later" and "tomorrow" still mean it. Default 12 hours.</value>
    [Range(typeof(TimeSpan), "00:30:00", "1.00:00:00")]
    public TimeSpan SnoozeWindow { get; set; } = TimeSpan.FromHours(12);

    // A method, not a property: configuration binding and the settings contract read properties as settings.
    public QuietHours ToQuietHours() => new(QuietHoursStart, QuietHoursEnd);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (QuietHoursStart == QuietHoursEnd)
        {
            yield return new ValidationResult("Reminders:QuietHoursStart and QuietHoursEnd must differ.", [nameof(QuietHoursStart), nameof(QuietHoursEnd)]);
        }

        if (ToQuietHours().Contains(NextMorningTime))
        {
            yield return new ValidationResult("Reminders:NextMorningTime must be outside the quiet hours.", [nameof(NextMorningTime)]);
        }
    }
}
