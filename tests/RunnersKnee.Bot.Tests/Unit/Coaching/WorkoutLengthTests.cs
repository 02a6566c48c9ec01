using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Coaching;

/// <summary>The offer's minutes are the plan's own sum at the timer's pace, rounded so the range is not understated.</summary>
public sealed class WorkoutLengthTests
{
    private static readonly WorkoutPlan Plan = new(new ExerciseCatalog());

    [Fact]
    public void Seconds_ShippedPlanAtDefaultPace_AddsEverySetAndRest()
    {
        var sut = new WorkoutLength(Plan, Options.Create(new TimerOptions()));

        var (low, high) = sut.Seconds();

        // Lead-in 3 s; a rep is a 2 s move (or its hold) and a 2 s release; 45 s rests between an exercise's sets;
        // a foot of side steps is paced like a rep (4 s).
        // Side steps: 6 x 10 ft x 4 = 240 (6 x 15 x 4 = 360), 5 rests = 225.  Clams: 3 x (3 + 15 x 4) = 189 (3 x 103 = 309) + 90.
        // Step-downs: 6 x (3 + 12 x 4) = 306 (6 x 63 = 378) + 225.  Deadlift: 3 x 63 + 90.  Leg raise (hold 2): 3 x 63 + 90.
        // Knee extensions and hamstring curls (hold 3): 6 x (3 + 15 x 5) = 468 + 225 each.  Wall squats: 3 + 3 x 4 = 15.
        Assert.Equal(240 + 225 + 189 + 90 + 306 + 225 + 189 + 90 + 189 + 90 + (2 * (468 + 225)) + 15, low);
        Assert.Equal(360 + 225 + 309 + 90 + 378 + 225 + 189 + 90 + 189 + 90 + (2 * (468 + 225)) + 15, high);
    }

    [Fact]
    public void Minutes_ShippedPlanAtDefaultPace_Is55To60()
    {
        var sut = new WorkoutLength(Plan, Options.Create(new TimerOptions()));

        // 3234 s is 53.9 min, to the nearest 5: 55; 3546 s is 59.1 min, up to the next 5: 60.
        Assert.Equal((55, 60), sut.Minutes());
    }

    [Fact]
    public void Minutes_ShorterRests_ShortenTheOffer()
    {
        var sut = new WorkoutLength(Plan, Options.Create(new TimerOptions { RestSeconds = 5 }));

        // 26 rests of 40 s fewer: 3234 - 1040 = 2194 s (36.6 min, so 35); 3546 - 1040 = 2506 s (41.8 min, so 45).
        Assert.Equal((35, 45), sut.Minutes());
    }
}
