using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Coaching;

/// <summary>The offer's minutes are the plan's own sum at the timer's pace, rounded so the range is not understated.</summary>
public sealed class WorkoutLengthTests
{
    private static readonly ExerciseCatalog Catalog = new();
    private static readonly WorkoutPlan Plan = new(Catalog);
    private static readonly RepTempos Tempos = new(Catalog);

    [Fact]
    public void Seconds_ShippedPlanAtDefaultPace_AddsEverySetAndRest()
    {
        var sut = new WorkoutLength(Plan, Tempos, Options.Create(new TimerOptions()));

        var (low, high) = sut.Seconds();

        // A set: the 3 s lead-in, then per rep the move, the hold and the return (rep-tempo.json); 45 s rests
        // between an exercise's sets (none after its last); a foot of side steps is paced like a 2 s move and 2 s return.
        // Side steps: 6 x 10 ft x 4 = 240 (6 x 15 x 4 = 360), 5 rests = 225.  Clams (2+2): 3 x (3 + 15 x 4) = 189 (3 x 103) + 90.
        // Step-downs (3+2): 6 x (3 + 12 x 5) = 378 (6 x 78) + 225.  Deadlift (2+2): 3 x 63 + 90.  Leg raise (2+2+3): 3 x 108 + 90.
        // Knee extensions (2+3+3): 6 x 123 + 225.  Hamstring curls (3+3+3): 6 x 138 + 225.  Wall squats (3+2+2): 3 + 3 x 7 = 24.
        Assert.Equal(240 + 225 + 189 + 90 + 378 + 225 + 189 + 90 + 324 + 90 + 738 + 225 + 828 + 225 + 24, low);
        Assert.Equal(360 + 225 + 309 + 90 + 468 + 225 + 189 + 90 + 324 + 90 + 738 + 225 + 828 + 225 + 24, high);
    }

    [Fact]
    public void Minutes_ShippedPlanAtDefaultPace_Is70To75()
    {
        var sut = new WorkoutLength(Plan, Tempos, Options.Create(new TimerOptions()));

        // 4080 s is 68.0 min, to the nearest 5: 70; 4410 s is 73.5 min, up to the next 5: 75.
        Assert.Equal((70, 75), sut.Minutes());
    }

    [Fact]
    public void Minutes_ShorterRests_ShortenTheOffer()
    {
        var sut = new WorkoutLength(Plan, Tempos, Options.Create(new TimerOptions { RestSeconds = 5 }));

        // 26 rests of 40 s fewer: 4080 - 1040 = 3040 s (50.7 min, so 50); 4410 - 1040 = 3370 s (56.2 min, so 60).
        Assert.Equal((50, 60), sut.Minutes());
    }
}
