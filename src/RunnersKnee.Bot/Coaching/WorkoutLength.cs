using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Coaching;

/// <summary>
/// How long the whole workout takes at the guided pace, worked out from the plan and the timer settings, so the
/// offer's "about N minutes" is the plan's own sum and changes with it: per exercise, every set (both sides) at the
/// <see cref="SetSchedule"/> pace the timer uses (lead-in, then each rep's move, hold and return at the exercise's
/// <see cref="RepTempo"/>) and a rest between its sets (none after an exercise's last set: the pain check comes
/// there). The low end counts each set's fewest reps, the high end its most. Reading the cards and answering the
/// pain checks add to it, so the high end is rounded up.
/// </summary>
public sealed class WorkoutLength(WorkoutPlan plan, RepTempos tempos, IOptions<TimerOptions> options)
{
    private const int RoundTo = 5;

    /// <summary>The low and high ends in whole minutes: the low one to the nearest 5, the high one up to the next 5.</summary>
    public (int Low, int High) Minutes()
    {
        var (low, high) = Seconds();
        var lowMinutes = Math.Max(RoundTo, (int)Math.Round(low / 60.0 / RoundTo, MidpointRounding.AwayFromZero) * RoundTo);
        var highMinutes = Math.Max(lowMinutes, (int)Math.Ceiling(high / 60.0 / RoundTo) * RoundTo);
        return (lowMinutes, highMinutes);
    }

    /// <summary>The low and high ends in seconds, unrounded.</summary>
    public (double Low, double High) Seconds()
    {
        var timer = options.Value;
        double low = 0, high = 0;
        for (var index = 0; index < plan.ExerciseCount; index++)
        {
            var exercise = plan.ExerciseAt(new WorkoutPosition(index, 0, 0));
            var dosage = exercise.Dosage;
            var tempo = tempos.For(exercise.Id);
            var rests = (dosage.TotalSets - 1) * timer.RestSeconds;
            low += (dosage.TotalSets * SetSeconds(dosage, dosage.Min, timer, tempo)) + rests;
            high += (dosage.TotalSets * SetSeconds(dosage, dosage.Max, timer, tempo)) + rests;
        }

        return (low, high);
    }

    private static double SetSeconds(Dosage dosage, int amount, TimerOptions timer, RepTempo? tempo)
    {
        if (dosage.Unit == DosageUnit.Reps)
        {
            return SetSchedule.For(dosage with { Min = amount }, timer, restAfter: false, tempo).SetDuration.TotalSeconds;
        }

        // A distance has no guided timer, so nothing measures it: each foot is paced like a rep's move and return
        // at the configured pace (an estimate; the article gives no time for the side steps).
        return amount * (timer.MoveSeconds + timer.ReleaseSeconds);
    }
}
