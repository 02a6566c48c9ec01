using RunnersKnee.Bot.Reminders;

namespace RunnersKnee.Bot.Tests.Unit.Reminders;

/// <summary>The reminder's transitions: set on chosen days, refused in the quiet hours, snooze, stop, and what a due one does.</summary>
public sealed class PersonRemindersTests
{
    private static readonly QuietHours Quiet = new ReminderOptions().ToQuietHours();
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    // Tuesday 9 June 2026, noon in New York.
    private static readonly DateTimeOffset TuesdayNoon = new(2026, 6, 9, 12, 0, 0, TimeSpan.FromHours(-4));

    [Fact]
    public void NextReminder_MonWedFriAtSeven_TheNextChosenDayAtSevenLocal()
    {
        var sut = NewYork();
        Assert.True(sut.Set([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], new TimeOnly(19, 0), Quiet).Kept);

        var first = sut.NextReminder(TuesdayNoon, Quiet);
        var second = sut.NextReminder(first!.Value, Quiet);
        var third = sut.NextReminder(second!.Value, Quiet);

        Assert.Equal(new DateTimeOffset(2026, 6, 10, 23, 0, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 6, 12, 23, 0, 0, TimeSpan.Zero), second);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 23, 0, 0, TimeSpan.Zero), third);
    }

    [Theory]
    [InlineData(22, 0, 20, 30)]
    [InlineData(6, 30, 7, 0)]
    [InlineData(23, 30, 20, 30)]
    public void Set_TimeInTheQuietHours_RefusedWithTheNearestAllowedTime(int hour, int minute, int insteadHour, int insteadMinute)
    {
        var sut = NewYork();

        var setting = sut.Set([DayOfWeek.Monday], new TimeOnly(hour, minute), Quiet);

        Assert.False(setting.Kept);
        Assert.Equal(new TimeOnly(insteadHour, insteadMinute), setting.Instead);
        Assert.Null(sut.Weekly);
    }

    [Fact]
    public void Snooze_LaterInTheAfternoon_AnHourLater()
    {
        var sut = Sent(TuesdayNoon.AddHours(3));

        var at = sut.Snooze(TuesdayNoon.AddHours(3), SnoozeKind.Later, Quiet, Hour);

        Assert.Equal(TuesdayNoon.AddHours(4), at);
    }

    [Fact]
    public void Snooze_LaterWhenThatFallsInTheQuietHours_TheEndOfThemNextMorning()
    {
        var evening = new DateTimeOffset(2026, 6, 9, 20, 30, 0, TimeSpan.FromHours(-4));
        var sut = Sent(evening);

        var at = sut.Snooze(evening, SnoozeKind.Later, Quiet, Hour);

        Assert.Equal(new DateTimeOffset(2026, 6, 10, 7, 0, 0, TimeSpan.FromHours(-4)), at);
    }

    [Fact]
    public void Snooze_Tomorrow_TheReminderTimeTheNextDay_AndTheSnoozedOneComesEvenAfterOneThatDay()
    {
        var evening = new DateTimeOffset(2026, 6, 9, 19, 0, 0, TimeSpan.FromHours(-4));
        var sut = Sent(evening);

        var at = sut.Snooze(evening, SnoozeKind.Tomorrow, Quiet, Hour);
        var version = sut.Version;
        sut.Sent(at.AddMinutes(-1), snoozed: false);

        Assert.Equal(new DateTimeOffset(2026, 6, 10, 19, 0, 0, TimeSpan.FromHours(-4)), at);
        Assert.Equal(ReminderDecision.Send, sut.Due(version, snoozed: true, at, Quiet, notToday: false));
    }

    [Fact]
    public void CanSnooze_OnlyAfterAReminderWasSent()
    {
        var sut = NewYork();
        sut.Set([DayOfWeek.Tuesday], new TimeOnly(15, 0), Quiet);

        Assert.False(sut.CanSnooze(TuesdayNoon, TimeSpan.FromHours(12)));
        sut.Sent(TuesdayNoon, snoozed: false);
        Assert.True(sut.CanSnooze(TuesdayNoon.AddHours(1), TimeSpan.FromHours(12)));
        Assert.False(sut.CanSnooze(TuesdayNoon.AddHours(13), TimeSpan.FromHours(12)));
    }

    [Fact]
    public void Stop_PlannedReminderAndCheck_BothGo()
    {
        var sut = NewYork();
        sut.Set([DayOfWeek.Wednesday], new TimeOnly(19, 0), Quiet);
        var version = sut.Version;
        sut.PlanCheck("s1", TuesdayNoon, new TimeOnly(8, 0), Quiet);

        Assert.True(sut.Stop());

        Assert.Equal(ReminderDecision.Stale, sut.Due(version, snoozed: false, TuesdayNoon.AddDays(1), Quiet, notToday: false));
        Assert.Null(sut.NextReminder(TuesdayNoon, Quiet));
        Assert.False(sut.Ask("s1", TuesdayNoon.AddDays(1)));
        Assert.False(sut.Stop());
    }

    [Fact]
    public void Due_SecondRegularReminderTheSameLocalDay_Skipped()
    {
        var sut = NewYork();
        sut.Set([DayOfWeek.Tuesday], new TimeOnly(15, 0), Quiet);
        sut.Sent(TuesdayNoon.AddHours(3), snoozed: false);
        sut.Set([DayOfWeek.Tuesday], new TimeOnly(18, 0), Quiet);

        Assert.Equal(ReminderDecision.Skip, sut.Due(sut.Version, snoozed: false, TuesdayNoon.AddHours(6), Quiet, notToday: false));
        Assert.Equal(ReminderDecision.Send, sut.Due(sut.Version, snoozed: false, TuesdayNoon.AddDays(7).AddHours(6), Quiet, notToday: false));
    }

    [Fact]
    public void Due_InTheQuietHoursOrNotToday_Skipped()
    {
        var sut = NewYork();
        sut.Set([DayOfWeek.Tuesday], new TimeOnly(15, 0), Quiet);
        var night = new DateTimeOffset(2026, 6, 9, 22, 0, 0, TimeSpan.FromHours(-4));

        Assert.Equal(ReminderDecision.Skip, sut.Due(sut.Version, snoozed: false, night, Quiet, notToday: false));
        Assert.Equal(ReminderDecision.Skip, sut.Due(sut.Version, snoozed: false, TuesdayNoon.AddHours(3), Quiet, notToday: true));
        Assert.Equal(ReminderDecision.Send, sut.Due(sut.Version, snoozed: false, TuesdayNoon.AddHours(3), Quiet, notToday: false));
    }

    private static PersonReminders NewYork() => new() { Zone = new PersonZone(ZoneSource.Named, "America/New_York") };

    private static PersonReminders Sent(DateTimeOffset at)
    {
        var sut = NewYork();
        sut.Set(Enum.GetValues<DayOfWeek>(), new TimeOnly(19, 0), Quiet);
        sut.Sent(at, snoozed: false);
        return sut;
    }
}
