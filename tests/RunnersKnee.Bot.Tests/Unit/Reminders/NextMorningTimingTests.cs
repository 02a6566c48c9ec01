using RunnersKnee.Bot.Reminders;

namespace RunnersKnee.Bot.Tests.Unit.Reminders;

/// <summary>
/// When the morning check is due: the next local day at 08:00 in the person's zone, across zones and on the days the
/// clocks change (both directions), and moved out of the quiet hours.
/// </summary>
public sealed class NextMorningTimingTests
{
    private static readonly QuietHours Quiet = new ReminderOptions().ToQuietHours();
    private static readonly TimeOnly Eight = new(8, 0);

    [Theory]
    [InlineData("America/New_York", "2026-06-10T19:00:00-04:00", "2026-06-11T12:00:00Z")]
    [InlineData("Europe/London", "2026-06-10T19:00:00+01:00", "2026-06-11T07:00:00Z")]
    [InlineData("Asia/Kolkata", "2026-06-10T19:00:00+05:30", "2026-06-11T02:30:00Z")]
    [InlineData("Australia/Sydney", "2026-06-10T19:00:00+10:00", "2026-06-10T22:00:00Z")]
    public void PlanCheck_EveningSession_DueAtEightTheNextLocalMorning(string zone, string endedAt, string expected)
    {
        var sut = Named(zone);

        var due = sut.PlanCheck("s1", DateTimeOffset.Parse(endedAt, System.Globalization.CultureInfo.InvariantCulture), Eight, Quiet);

        Assert.Equal(Utc(expected), due);
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-07T20:00:00-05:00", "2026-03-08T12:00:00Z")] // springs forward that night
    [InlineData("America/New_York", "2026-10-31T20:00:00-04:00", "2026-11-01T13:00:00Z")] // falls back that night
    [InlineData("Europe/London", "2026-03-28T20:00:00+00:00", "2026-03-29T07:00:00Z")]
    [InlineData("Europe/London", "2026-10-24T20:00:00+01:00", "2026-10-25T08:00:00Z")]
    [InlineData("Australia/Sydney", "2026-04-04T20:00:00+11:00", "2026-04-04T22:00:00Z")] // daylight saving ends
    [InlineData("Australia/Sydney", "2026-10-03T20:00:00+10:00", "2026-10-03T21:00:00Z")] // daylight saving starts
    public void PlanCheck_ClocksChangeOvernight_StillEightLocal(string zone, string endedAt, string expected)
    {
        var sut = Named(zone);

        var due = sut.PlanCheck("s1", DateTimeOffset.Parse(endedAt, System.Globalization.CultureInfo.InvariantCulture), Eight, Quiet);

        Assert.Equal(Utc(expected), due);
        Assert.Equal(new DateTime(due!.Value.Year, due.Value.Month, due.Value.Day, 0, 0, 0).Date, sut.Zone!.LocalAt(due.Value).Date);
        Assert.Equal(8, sut.Zone.LocalAt(due.Value).Hour);
    }

    [Fact]
    public void At_TimeTheClocksSkip_MovedOnByTheGap()
    {
        var zone = new PersonZone(ZoneSource.Named, "America/New_York");

        Assert.Equal(Utc("2026-03-08T07:30:00Z"), zone.At(new DateOnly(2026, 3, 8), new TimeOnly(2, 30)));
    }

    [Fact]
    public void At_TimeThatHappensTwice_TheFirstOne()
    {
        var zone = new PersonZone(ZoneSource.Named, "America/New_York");

        Assert.Equal(Utc("2026-11-01T05:30:00Z"), zone.At(new DateOnly(2026, 11, 1), new TimeOnly(1, 30)));
    }

    [Fact]
    public void PlanCheck_PersonChoseSixInTheQuietHours_MovedToTheirEnd()
    {
        var sut = Named("Europe/London");
        sut.MoveCheck(new TimeOnly(6, 0), Quiet);

        var due = sut.PlanCheck("s1", Utc("2026-06-10T18:00:00Z"), Eight, Quiet);

        Assert.Equal(Utc("2026-06-11T06:00:00Z"), due); // 07:00 BST
    }

    [Fact]
    public void PlanCheck_SameSessionAgain_PlannedOnce()
    {
        var sut = Named("Europe/London");
        Assert.NotNull(sut.PlanCheck("s1", Utc("2026-06-10T18:00:00Z"), Eight, Quiet));

        Assert.Null(sut.PlanCheck("s1", Utc("2026-06-10T18:05:00Z"), Eight, Quiet));
    }

    [Fact]
    public void PlanCheck_NoThanks_NothingPlannedUntilATimeIsChosen()
    {
        var sut = Named("Europe/London");
        sut.NoChecks();

        Assert.Null(sut.PlanCheck("s1", Utc("2026-06-10T18:00:00Z"), Eight, Quiet));
        sut.MoveCheck(new TimeOnly(9, 0), Quiet);
        Assert.Equal(Utc("2026-06-12T08:00:00Z"), sut.PlanCheck("s2", Utc("2026-06-11T18:00:00Z"), Eight, Quiet));
    }

    [Fact]
    public void Ask_OnlyThePlannedSessionOnce()
    {
        var sut = Named("Europe/London");
        sut.PlanCheck("s1", Utc("2026-06-10T18:00:00Z"), Eight, Quiet);

        Assert.False(sut.Ask("other", Utc("2026-06-11T07:00:00Z")));
        Assert.True(sut.Ask("s1", Utc("2026-06-11T07:00:00Z")));
        Assert.False(sut.Ask("s1", Utc("2026-06-11T07:00:01Z")));
        Assert.Equal("s1", sut.AskedSession());
    }

    [Fact]
    public void CancelCheck_ALaterSessionStarted_TheCheckIsNotAsked()
    {
        var sut = Named("Europe/London");
        sut.PlanCheck("s1", Utc("2026-06-10T18:00:00Z"), Eight, Quiet);

        Assert.True(sut.CancelCheck());

        Assert.False(sut.Ask("s1", Utc("2026-06-11T07:00:00Z")));
    }

    [Fact]
    public void From_ZoneNameThenOffsetThenUtc()
    {
        var stamp = new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.FromHours(5.5));

        var named = PersonZone.From(new BotFramework.Schema.Activity { LocalTimezone = "Asia/Kolkata", LocalTimestamp = stamp });
        var unknownName = PersonZone.From(new BotFramework.Schema.Activity { LocalTimezone = "Mars/Olympus", LocalTimestamp = stamp });
        var none = PersonZone.From(new BotFramework.Schema.Activity());

        Assert.Equal((ZoneSource.Named, "Asia/Kolkata"), (named.Source, named.Label));
        Assert.Equal((ZoneSource.Offset, "UTC+05:30"), (unknownName.Source, unknownName.Label));
        Assert.Equal((ZoneSource.Utc, "UTC"), (none.Source, none.Label));
        Assert.Equal(Utc("2026-06-11T02:30:00Z"), unknownName.At(new DateOnly(2026, 6, 11), Eight));
    }

    private static PersonReminders Named(string zone) => new() { Zone = new PersonZone(ZoneSource.Named, zone) };

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
