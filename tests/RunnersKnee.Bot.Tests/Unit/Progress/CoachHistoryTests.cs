using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Progress;

/// <summary>The history's bounds (sessions and days) and its transitions.</summary>
public sealed class CoachHistoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly HistoryLimits Limits = new ProgressOptions().ToLimits();

    [Fact]
    public void AddSession_MoreThanTheLimit_KeepsTheNewestSixty()
    {
        var sut = new CoachHistory();

        for (var i = 0; i < 75; i++)
        {
            sut.AddSession(Session($"s{i}", Now.AddHours(-75 + i)), Limits, Now);
        }

        Assert.Equal(60, sut.Sessions.Count);
        Assert.Equal("s15", sut.Sessions[0].Id);
        Assert.Equal("s74", sut.Sessions[^1].Id);
    }

    [Fact]
    public void AddAnything_OlderThanNinetyDays_IsDropped()
    {
        var sut = new CoachHistory();
        sut.AddSession(Session("old", Now.AddDays(-91)), Limits, Now.AddDays(-91));
        sut.AddPain(new PainRecord(Now.AddDays(-95), 4), Limits, Now.AddDays(-95));
        sut.AddCheck(new CheckRecord(Now.AddDays(-100), CheckKind.Intake, null, false, false, null, 3), Limits, Now.AddDays(-100));

        sut.AddSession(Session("new", Now), Limits, Now);

        Assert.Equal(["new"], sut.Sessions.Select(s => s.Id));
        Assert.Empty(sut.PainReports);
        Assert.Empty(sut.Checks);
    }

    [Fact]
    public void AddSession_TheSameSessionTwice_KeepsTheFirstRecord()
    {
        var sut = new CoachHistory();
        sut.AddSession(Session("a", Now), Limits, Now);

        var added = sut.AddSession(Session("a", Now.AddMinutes(5)), Limits, Now.AddMinutes(5));

        Assert.False(added);
        Assert.Equal(Now, Assert.Single(sut.Sessions).EndedAt);
    }

    [Fact]
    public void RecordPainAfter_KnownSessionAndScore_IsKept_UnknownOrOutOfRangeIsNot()
    {
        var sut = new CoachHistory();
        sut.AddSession(Session("a", Now), Limits, Now);

        Assert.True(sut.RecordPainAfter("a", 3));
        Assert.False(sut.RecordPainAfter("b", 3));
        Assert.False(sut.RecordPainAfter("a", 11));
        Assert.Equal(3, sut.Sessions[0].PainAfter);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void SetWeeklyGoal_OneToSeven(int goal, bool accepted)
    {
        var sut = new CoachHistory();

        Assert.Equal(accepted, sut.SetWeeklyGoal(goal));
        Assert.Equal(accepted ? goal : null, sut.WeeklyGoal);
    }

    [Fact]
    public void WeeklyProgress_CountsSessionsWithASetSinceMonday()
    {
        var sut = new CoachHistory();
        var wednesday = new DateTimeOffset(2026, 3, 4, 18, 0, 0, TimeSpan.Zero);
        sut.AddSession(Session("last-week", wednesday.AddDays(-3)), Limits, wednesday);
        sut.AddSession(Session("monday", wednesday.AddDays(-2)), Limits, wednesday);
        sut.AddSession(Session("nothing-done", wednesday.AddHours(-1)) with { Exercises = [new ExerciseRecord("side-steps", ExerciseOutcomeKind.Skipped, 0, false, null)] }, Limits, wednesday);
        sut.AddSession(Session("today", wednesday), Limits, wednesday);

        var week = WeeklyProgress.From(sut, 3, wednesday);

        Assert.Equal(new WeeklyProgress(2, 3), week);
    }

    private static SessionRecord Session(string id, DateTimeOffset endedAt) =>
        new(id, endedAt.AddMinutes(-20), endedAt, SessionEnd.Finished, 2, null, [new ExerciseRecord("side-steps", ExerciseOutcomeKind.Done, 6, false, 1)]);
}
