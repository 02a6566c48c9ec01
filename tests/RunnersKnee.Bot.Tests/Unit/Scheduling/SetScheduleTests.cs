using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Scheduling;

/// <summary>
/// The guided-set timeline for every exercise of the shipped catalog, in both versions. The expected numbers are
/// the article's dosages read by hand: the low end of each rep range, the hold seconds, a 3 s lead-in and the
/// default 2 s move and 2 s release.
/// </summary>
public sealed class SetScheduleTests
{
    private static readonly ExerciseCatalog Catalog = new();
    private static readonly TimerOptions Defaults = new();

    [Theory]
    [InlineData("banded-side-clams", false, 15, TimerPhaseKind.Move, 2, 63)]
    [InlineData("banded-side-clams", true, 10, TimerPhaseKind.Move, 2, 43)]
    [InlineData("single-leg-step-downs", false, 12, TimerPhaseKind.Move, 2, 51)]
    [InlineData("single-leg-step-downs", true, 12, TimerPhaseKind.Move, 2, 51)]
    [InlineData("single-leg-deadlift", false, 15, TimerPhaseKind.Move, 2, 63)]
    [InlineData("single-leg-deadlift", true, 15, TimerPhaseKind.Move, 2, 63)]
    [InlineData("straight-leg-raise", false, 15, TimerPhaseKind.Hold, 2, 63)]
    [InlineData("straight-leg-raise", true, 10, TimerPhaseKind.Hold, 2, 43)]
    [InlineData("knee-extensions", false, 15, TimerPhaseKind.Hold, 3, 78)]
    [InlineData("knee-extensions", true, 10, TimerPhaseKind.Hold, 3, 53)]
    [InlineData("hamstring-curls", false, 15, TimerPhaseKind.Hold, 3, 78)]
    [InlineData("hamstring-curls", true, 10, TimerPhaseKind.Hold, 3, 53)]
    [InlineData("wall-squats", false, 3, TimerPhaseKind.Hold, 2, 15)]
    [InlineData("wall-squats", true, 3, TimerPhaseKind.Hold, 2, 15)]
    public void For_ExerciseDosage_LeadInThenWorkAndReleasePerRep(string exerciseId, bool easier, int reps, TimerPhaseKind work, int workSeconds, int setSeconds)
    {
        var sut = SetSchedule.For(DosageOf(exerciseId, easier), Defaults, restAfter: false);

        Assert.Equal(reps, sut.Reps);
        Assert.Equal(1 + (2 * reps), sut.Phases.Count);
        Assert.Equal(new TimerPhase(TimerPhaseKind.LeadIn, 0, TimeSpan.Zero, Seconds(3)), sut.Phases[0]);
        for (var rep = 1; rep <= reps; rep++)
        {
            var start = 3 + ((rep - 1) * (workSeconds + 2));
            Assert.Equal(new TimerPhase(work, rep, Seconds(start), Seconds(workSeconds)), sut.Phases[(2 * rep) - 1]);
            Assert.Equal(new TimerPhase(TimerPhaseKind.Release, rep, Seconds(start + workSeconds), Seconds(2)), sut.Phases[2 * rep]);
        }

        Assert.Equal(Seconds(setSeconds), sut.SetDuration);
        Assert.Equal(Seconds(setSeconds), sut.TotalDuration);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void For_DistanceExercise_HasNoTimerPhases(bool easier)
    {
        var sut = SetSchedule.For(DosageOf("side-steps", easier), Defaults, restAfter: false);

        Assert.Equal(0, sut.Reps);
        Assert.Empty(sut.Phases);
        Assert.Null(sut.PhaseAt(TimeSpan.Zero));
    }

    [Fact]
    public void For_RestAfter_AddsTheRestAfterTheLastRelease()
    {
        var sut = SetSchedule.For(DosageOf("knee-extensions", easier: false), Defaults, restAfter: true);

        Assert.Equal(new TimerPhase(TimerPhaseKind.Rest, 0, Seconds(78), Seconds(45)), sut.Phases[^1]);
        Assert.Equal(Seconds(78), sut.SetDuration);
        Assert.Equal(Seconds(123), sut.TotalDuration);
    }

    [Theory]
    [InlineData(0, TimerPhaseKind.LeadIn, 0)]
    [InlineData(2999, TimerPhaseKind.LeadIn, 0)]
    [InlineData(3000, TimerPhaseKind.Hold, 1)]
    [InlineData(5999, TimerPhaseKind.Hold, 1)]
    [InlineData(6000, TimerPhaseKind.Release, 1)]
    [InlineData(7999, TimerPhaseKind.Release, 1)]
    [InlineData(8000, TimerPhaseKind.Hold, 2)]
    [InlineData(38000, TimerPhaseKind.Hold, 8)]
    [InlineData(75999, TimerPhaseKind.Hold, 15)]
    [InlineData(76000, TimerPhaseKind.Release, 15)]
    [InlineData(77999, TimerPhaseKind.Release, 15)]
    [InlineData(78000, TimerPhaseKind.Rest, 0)]
    [InlineData(122999, TimerPhaseKind.Rest, 0)]
    public void PhaseAt_ClockAdvancedToBoundary_ReturnsThePhaseThatHasStarted(int elapsedMs, TimerPhaseKind kind, int rep)
    {
        var clock = new FakeTimeProvider();
        var startedAt = clock.GetUtcNow();
        var sut = SetSchedule.For(DosageOf("knee-extensions", easier: false), Defaults, restAfter: true);

        clock.Advance(TimeSpan.FromMilliseconds(elapsedMs));
        var phase = sut.PhaseAt(clock.GetUtcNow() - startedAt);

        Assert.NotNull(phase);
        Assert.Equal((kind, rep), (phase.Kind, phase.Rep));
    }

    [Theory]
    [InlineData(false, 78)]
    [InlineData(true, 123)]
    public void PhaseAt_EverythingHasRun_ReturnsNull(bool restAfter, int endSeconds)
    {
        var clock = new FakeTimeProvider();
        var startedAt = clock.GetUtcNow();
        var sut = SetSchedule.For(DosageOf("knee-extensions", easier: false), Defaults, restAfter);

        clock.Advance(Seconds(endSeconds));

        Assert.Null(sut.PhaseAt(clock.GetUtcNow() - startedAt));
        Assert.NotNull(sut.PhaseAt(clock.GetUtcNow() - startedAt - TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public void PhaseAt_BeforeTheStart_ReturnsTheLeadIn()
    {
        var sut = SetSchedule.For(DosageOf("wall-squats", easier: false), Defaults, restAfter: false);

        var phase = sut.PhaseAt(TimeSpan.FromSeconds(-1));

        Assert.Equal(TimerPhaseKind.LeadIn, phase?.Kind);
    }

    [Fact]
    public void RestOnly_Seconds_IsOneRestPhase()
    {
        var sut = SetSchedule.RestOnly(45);

        Assert.Equal([new TimerPhase(TimerPhaseKind.Rest, 0, TimeSpan.Zero, Seconds(45))], sut.Phases);
        Assert.Equal(TimerPhaseKind.Rest, sut.PhaseAt(Seconds(44))?.Kind);
        Assert.Null(sut.PhaseAt(Seconds(45)));
    }

    [Fact]
    public void For_ZeroLeadIn_StartsWithTheFirstRep()
    {
        var sut = SetSchedule.For(DosageOf("wall-squats", easier: false), new TimerOptions { LeadInSeconds = 0 }, restAfter: false);

        Assert.Equal(new TimerPhase(TimerPhaseKind.Hold, 1, TimeSpan.Zero, Seconds(2)), sut.Phases[0]);
        Assert.Equal(Seconds(12), sut.SetDuration);
    }

    private static Dosage DosageOf(string exerciseId, bool easier)
    {
        var exercise = Catalog.Get(exerciseId);
        return easier ? exercise.Easier.Dosage : exercise.Dosage;
    }

    private static TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(seconds);
}
