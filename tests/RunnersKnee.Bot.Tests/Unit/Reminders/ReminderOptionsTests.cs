using System.ComponentModel.DataAnnotations;
using RunnersKnee.Bot.Reminders;

namespace RunnersKnee.Bot.Tests.Unit.Reminders;

/// <summary>The settings are checked at start: quiet hours that say something, a morning check outside them.</summary>
public sealed class ReminderOptionsTests
{
    [Fact]
    public void Defaults_Valid()
    {
        Assert.Empty(Validate(new ReminderOptions()));
    }

    [Fact]
    public void QuietHoursStartEqualsEnd_Refused()
    {
        Assert.Contains(Validate(new ReminderOptions { QuietHoursStart = new(7, 0), QuietHoursEnd = new(7, 0) }), r => r.MemberNames.Contains(nameof(ReminderOptions.QuietHoursStart)));
    }

    [Fact]
    public void NextMorningTimeInTheQuietHours_Refused()
    {
        Assert.Contains(Validate(new ReminderOptions { NextMorningTime = new(6, 0) }), r => r.MemberNames.Contains(nameof(ReminderOptions.NextMorningTime)));
    }

    [Theory]
    [InlineData(21, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(0, 0, true)]
    [InlineData(6, 59, true)]
    [InlineData(7, 0, false)]
    [InlineData(20, 59, false)]
    public void QuietHours_SpanMidnight(int hour, int minute, bool quiet) =>
        Assert.Equal(quiet, new ReminderOptions().ToQuietHours().Contains(new TimeOnly(hour, minute)));

    private static List<ValidationResult> Validate(ReminderOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
