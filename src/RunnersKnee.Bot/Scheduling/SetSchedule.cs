using RunnersKnee.Bot.Workout;


namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// The timeline of one guided set: a 3-2-1 lead-in, then for each rep the move out (lift, bend, lower), the hold
/// where the exercise has one (its hold seconds), and the slow return, then the rest before the next set (none
/// after the last set of the workout). The move and return take the exercise's <see cref="RepTempo"/> (reviewed
/// content), else the configured pace. Both the server ("rep 7 of 15", "what's next") and the page's countdown read
/// the same numbers.
/// </summary>
public sealed class SetSchedule
{
    private SetSchedule(IReadOnlyList<TimerPhase> phases, int reps)
    {
        Phases = phases;
        Reps = reps;
    }

    public IReadOnlyList<TimerPhase> Phases { get; }

    public int Reps { get; }

    /// <summary>When the last rep ends: the set is done, the rest begins.</summary>
    public TimeSpan SetDuration => Phases.LastOrDefault(p => p.Kind != TimerPhaseKind.Rest)?.End ?? TimeSpan.Zero;

    public TimeSpan TotalDuration => Phases.Count == 0 ? TimeSpan.Zero : Phases[^1].End;

    /// <summary>Builds the timeline; the target is the low end of the dosage range (start easy, build up).</summary>
    public static SetSchedule For(Dosage dosage, TimerOptions options, bool restAfter, RepTempo? tempo = null)
    {
        var phases = new List<TimerPhase>();
        var at = TimeSpan.Zero;
        void Add(TimerPhaseKind kind, int rep, int seconds)
        {
            if (seconds <= 0)
            {
                return;
            }

            var duration = TimeSpan.FromSeconds(seconds);
            phases.Add(new TimerPhase(kind, rep, at, duration));
            at += duration;
        }

        var reps = dosage.Unit == DosageUnit.Reps ? dosage.Min : 0;
        Add(TimerPhaseKind.LeadIn, 0, reps > 0 ? options.LeadInSeconds : 0);
        for (var rep = 1; rep <= reps; rep++)
        {
            // The leg has to get to the position before it can be held there: move, hold, then return slowly.
            Add(TimerPhaseKind.Move, rep, tempo?.MoveSeconds ?? options.MoveSeconds);
            Add(TimerPhaseKind.Hold, rep, dosage.HoldSeconds);
            Add(TimerPhaseKind.Release, rep, tempo?.ReturnSeconds ?? options.ReleaseSeconds);
        }

        if (restAfter)
        {
            Add(TimerPhaseKind.Rest, 0, options.RestSeconds);
        }

        return new SetSchedule(phases, reps);
    }

    /// <summary>A rest on its own (shown between sets), <paramref name="seconds"/> long.</summary>
    public static SetSchedule RestOnly(int seconds) =>
        new([new TimerPhase(TimerPhaseKind.Rest, 0, TimeSpan.Zero, TimeSpan.FromSeconds(seconds))], 0);

    /// <summary>The phase running <paramref name="elapsed"/> after the start, or null once everything has run.</summary>
    public TimerPhase? PhaseAt(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero)
        {
            return Phases.Count > 0 ? Phases[0] : null;
        }

        foreach (var phase in Phases)
        {
            if (elapsed < phase.End)
            {
                return phase;
            }
        }

        return null;
    }
}
