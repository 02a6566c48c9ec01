using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Scheduling;

/// <summary>
/// The guided-set timeline for every exercise of the shipped catalog, in both versions. The expected numbers are
/// the article's dosages and the reviewed tempos read by hand: the low end of each rep range, a 3 s lead-in, then
/// per rep the move out, the hold (where there is one) and the slow return.
/// </summary>
public sealed class SetScheduleTests
{
    private static readonly ExerciseCatalog Catalog = new();
    private static readonly RepTempos Tempos = new(Catalog);
    private static readonly TimerOptions Defaults = new();

    [Theory]
    [InlineData("banded-side-clams", false, 15, 2, 0, 2, 63)]
    [InlineData("banded-side-clams", true, 10, 2, 0, 2, 43)]
    [InlineData("single-leg-step-downs", false, 12, 3, 0, 2, 63)]
    [InlineData("single-leg-step-downs", true, 12, 3, 0, 2, 63)]
    [InlineData("single-leg-deadlift", false, 15, 2, 0, 2, 63)]
    [InlineData("single-leg-deadlift", true, 15, 2, 0, 2, 63)]
    [InlineData("straight-leg-raise", false, 15, 2, 2, 3, 108)]
    [InlineData("straight-leg-raise", true, 10, 2, 2, 3, 73)]
    [InlineData("knee-extensions", false, 15, 2, 3, 3, 123)]
    [InlineData("knee-extensions", true, 10, 2, 3, 3, 83)]
    [InlineData("hamstring-curls", false, 15, 3, 3, 3, 138)]
    [InlineData("hamstring-curls", true, 10, 3, 3, 3, 93)]
    [InlineData("wall-squats", false, 3, 3, 2, 2, 24)]
    [InlineData("wall-squats", true, 3, 3, 2, 2, 24)]
    public void For_ExerciseDosage_LeadInThenMoveHoldReturnPerRep(string exerciseId, bool easier, int reps, int move, int hold, int back, int setSeconds)
    {
        var sut = SetSchedule.For(DosageOf(exerciseId, easier), Defaults, restAfter: false, Tempos.For(exerciseId));

        var phasesPerRep = hold > 0 ? 3 : 2;
        Assert.Equal(reps, sut.Reps);
        Assert.Equal(1 + (phasesPerRep * reps), sut.Phases.Count);
        Assert.Equal(new TimerPhase(TimerPhaseKind.LeadIn, 0, TimeSpan.Zero, Seconds(3)), sut.Phases[0]);
        for (var rep = 1; rep <= reps; rep++)
        {
            var start = 3 + ((rep - 1) * (move + hold + back));
            var first = 1 + ((rep - 1) * phasesPerRep);
            Assert.Equal(new TimerPhase(TimerPhaseKind.Move, rep, Seconds(start), Seconds(move)), sut.Phases[first]);
            if (hold > 0)
            {
                Assert.Equal(new TimerPhase(TimerPhaseKind.Hold, rep, Seconds(start + move), Seconds(hold)), sut.Phases[first + 1]);
            }

            Assert.Equal(new TimerPhase(TimerPhaseKind.Release, rep, Seconds(start + move + hold), Seconds(back)), sut.Phases[first + phasesPerRep - 1]);
        }

        Assert.Equal(Seconds(setSeconds), sut.SetDuration);
        Assert.Equal(Seconds(setSeconds), sut.TotalDuration);
    }

    [Fact]
    public void Tempos_QuoteTheArticle_AndASlowReturnTakesLonger()
    {
        var raise = Tempos.For("straight-leg-raise")!;

        Assert.Contains("slowly return", raise.Quote, StringComparison.Ordinal);
        Assert.True(raise.ReturnSeconds > raise.MoveSeconds);
        Assert.Null(Tempos.For("side-steps"));
    }

    [Fact]
    public void Tempos_ARepExerciseWithoutATempo_StopsTheApp()
    {
        var error = Assert.Throws<ExerciseCatalogException>(() => RepTempos.Parse(Catalog, """{ "reviewStatus": "x", "tempos": [] }"""));

        Assert.Contains("'knee-extensions' is counted in reps but has no tempo", error.Message, StringComparison.Ordinal);
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
        var sut = KneeExtensions(restAfter: true);

        Assert.Equal(new TimerPhase(TimerPhaseKind.Rest, 0, Seconds(123), Seconds(45)), sut.Phases[^1]);
        Assert.Equal(Seconds(123), sut.SetDuration);
        Assert.Equal(Seconds(168), sut.TotalDuration);
    }

    [Theory]
    [InlineData(0, TimerPhaseKind.LeadIn, 0)]
    [InlineData(2999, TimerPhaseKind.LeadIn, 0)]
    [InlineData(3000, TimerPhaseKind.Move, 1)]
    [InlineData(4999, TimerPhaseKind.Move, 1)]
    [InlineData(5000, TimerPhaseKind.Hold, 1)]
    [InlineData(7999, TimerPhaseKind.Hold, 1)]
    [InlineData(8000, TimerPhaseKind.Release, 1)]
    [InlineData(10999, TimerPhaseKind.Release, 1)]
    [InlineData(11000, TimerPhaseKind.Move, 2)]
    [InlineData(61000, TimerPhaseKind.Hold, 8)]
    [InlineData(119999, TimerPhaseKind.Hold, 15)]
    [InlineData(120000, TimerPhaseKind.Release, 15)]
    [InlineData(122999, TimerPhaseKind.Release, 15)]
    [InlineData(123000, TimerPhaseKind.Rest, 0)]
    [InlineData(167999, TimerPhaseKind.Rest, 0)]
    public void PhaseAt_ClockAdvancedToBoundary_ReturnsThePhaseThatHasStarted(int elapsedMs, TimerPhaseKind kind, int rep)
    {
        var clock = new FakeTimeProvider();
        var startedAt = clock.GetUtcNow();
        var sut = KneeExtensions(restAfter: true);

        clock.Advance(TimeSpan.FromMilliseconds(elapsedMs));
        var phase = sut.PhaseAt(clock.GetUtcNow() - startedAt);

        Assert.NotNull(phase);
        Assert.Equal((kind, rep), (phase.Kind, phase.Rep));
    }

    [Theory]
    [InlineData(false, 123)]
    [InlineData(true, 168)]
    public void PhaseAt_EverythingHasRun_ReturnsNull(bool restAfter, int endSeconds)
    {
        var clock = new FakeTimeProvider();
        var startedAt = clock.GetUtcNow();
        var sut = KneeExtensions(restAfter);

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
        var sut = SetSchedule.For(DosageOf("wall-squats", easier: false), new TimerOptions { LeadInSeconds = 0 }, restAfter: false, Tempos.For("wall-squats"));

        Assert.Equal(new TimerPhase(TimerPhaseKind.Move, 1, TimeSpan.Zero, Seconds(3)), sut.Phases[0]);
        Assert.Equal(Seconds(21), sut.SetDuration);
    }

    private static SetSchedule KneeExtensions(bool restAfter) =>
        SetSchedule.For(DosageOf("knee-extensions", easier: false), Defaults, restAfter, Tempos.For("knee-extensions"));

    private static Dosage DosageOf(string exerciseId, bool easier)
    {
        var exercise = Catalog.Get(exerciseId);
        return easier ? exercise.Easier.Dosage : exercise.Dosage;
    }

    private static TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(seconds);
}
