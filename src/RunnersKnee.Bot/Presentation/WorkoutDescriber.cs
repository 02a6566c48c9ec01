using System.Globalization;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Presentation;

/// <summary>Says where a session is and what comes next, in words, always computed from the session itself.</summary>
public sealed class WorkoutDescriber(WorkoutPlan plan, TextCatalog texts)
{
    public WorkoutPlan Plan { get; } = plan;

    /// <summary>"Exercise 6 of 8 · Right side · Set 2 of 3", the sets counted at the session's <paramref name="levels"/>.</summary>
    public string Position(WorkoutPosition position, string? locale, IReadOnlyDictionary<string, Dosage>? levels = null)
    {
        var dosage = Plan.DosageAt(position.Exercise, levels);
        var side = dosage.PerSide
            ? texts.Get(position.Side == 0 ? "workout.sideLeft" : "workout.sideRight", locale)
            : string.Empty;
        return texts.Format(
            "workout.position",
            locale,
            ("exercise", position.Exercise + 1),
            ("exerciseCount", Plan.ExerciseCount),
            ("sideText", side),
            ("set", position.Set + 1),
            ("sets", dosage.Sets));
    }

    /// <summary>The exercise, set and side after the current one, with its dosage; or that this is the last set.</summary>
    public string NextStepText(WorkoutSession session, string? locale)
    {
        var status = Current(session);
        if (status == WorkoutStatus.AwaitingPain)
        {
            return Plan.NextExercise(session.Position) is { } nextExercise
                ? Describe(session, nextExercise, locale)
                : texts.Get("workout.summaryTitle", locale);
        }

        // While resting, the position already points at the set to come.
        var next = status == WorkoutStatus.Resting ? session.Position : Plan.Next(session.Position, session.Dosages);
        return next is null ? texts.Get("workout.finishLine", locale) : Describe(session, next, locale);
    }

    public string Describe(WorkoutSession session, WorkoutPosition position, string? locale)
    {
        var exercise = Plan.ExerciseAt(position);
        var dosage = session.DosageOf(exercise, session.ResultFor(exercise.Id).Easier || (session.EasierNext && position.Exercise != session.Position.Exercise));
        return $"{exercise.Name} ({Position(position, locale, session.Dosages)}): {dosage.Describe()}";
    }

    /// <summary>What the session is doing, looking through a pause at what it was doing before.</summary>
    public static WorkoutStatus Current(WorkoutSession session) =>
        session.Status == WorkoutStatus.Paused ? session.PausedFrom ?? WorkoutStatus.Active : session.Status;

    /// <summary>The first set not done yet, or null when none is left. At the pain check the position is still on the set just done.</summary>
    public WorkoutPosition? Remaining(WorkoutSession session) =>
        Current(session) == WorkoutStatus.AwaitingPain ? Plan.NextExercise(session.Position) : session.Position;

    /// <summary>"This exercise has 4 sets left; 3 more exercises after it."</summary>
    public string LeftText(WorkoutPosition position, string? locale, IReadOnlyDictionary<string, Dosage>? levels = null) => texts.Format(
        "workout.leftOne",
        locale,
        ("setsHere", Count(Plan.SetsLeftInExercise(position, levels), "set")),
        ("exercisesAfter", Plan.ExercisesAfter(position) is 0 ? "no more exercises" : Count(Plan.ExercisesAfter(position), "more exercise")));

    /// <summary>"3 exercises and 12 sets left in total." counting from <paramref name="position"/>; null: nothing is left.</summary>
    public string TotalLeftText(WorkoutPosition? position, string? locale, IReadOnlyDictionary<string, Dosage>? levels = null) => position is null
        ? texts.Get("workout.leftNone", locale)
        : texts.Format(
            "workout.left",
            locale,
            ("exercises", Count(Plan.ExercisesAfter(position) + 1, "exercise")),
            ("sets", Count(Plan.SetsLeftInWorkout(position, levels), "set")));

    /// <summary>"Timer: hold, rep 7 of 15." from the running schedule, or null when no timer runs.</summary>
    public string? TimerText(WorkoutSession session, SetSchedule schedule, TimeSpan elapsed, string? locale)
    {
        var phase = schedule.PhaseAt(elapsed);
        if (session.TimerStartedAt is null || phase is null || phase.Kind is TimerPhaseKind.Rest or TimerPhaseKind.LeadIn)
        {
            return null;
        }

        return texts.Format("workout.timerPhase", locale, ("phase", phase.Kind.ToString().ToLowerInvariant()), ("rep", phase.Rep), ("reps", schedule.Reps));
    }

    public string TimerSummary(SetSchedule schedule, string? locale) =>
        texts.Format("workout.timerSummary", locale, ("reps", schedule.Reps), ("seconds", (int)Math.Ceiling(schedule.SetDuration.TotalSeconds)));

    /// <summary>Every exercise of the plan with how it ended: done, partly done, stopped for pain, skipped, not reached.</summary>
    public IReadOnlyList<SummaryLine> SummaryLines(WorkoutSession session, string? locale) =>
        [.. session.Outcomes(Plan).Select(outcome => new SummaryLine(outcome.ExerciseId, Plan.Get(outcome.ExerciseId).Name, Status(outcome, locale, session.NewLevels.Contains(outcome.ExerciseId)), outcome.Kind))];

    /// <summary>"Partly done (2 of 6 sets) · easier version · pain 3/10"; with <paramref name="newLevel"/>, the dosage of the level it changed to.</summary>
    public string Status(ExerciseOutcome outcome, string? locale, bool newLevel = false)
    {
        var parts = new List<string>
        {
            outcome.Kind switch
            {
                ExerciseOutcomeKind.Done => texts.Get("workout.summaryStatusDone", locale),
                ExerciseOutcomeKind.PartlyDone => texts.Format("workout.summaryStatusPartly", locale, ("done", outcome.SetsDone), ("sets", outcome.Sets)),
                ExerciseOutcomeKind.StoppedForPain => texts.Format("workout.summaryStatusPain", locale, ("pain", outcome.Pain)),
                ExerciseOutcomeKind.Skipped => texts.Get("workout.summaryStatusSkipped", locale),
                ExerciseOutcomeKind.NotStarted => texts.Get("workout.summaryStatusNotStarted", locale),
                _ => texts.Get("workout.summaryStatusNotReached", locale),
            },
        };
        if (outcome.Easier && outcome.SetsDone > 0)
        {
            parts.Add(texts.Get("workout.summaryEasier", locale));
        }

        if (newLevel && outcome.SetsDone > 0 && outcome.Dosage is { } dosage)
        {
            parts.Add(texts.Format("workout.summaryNewLevel", locale, ("dosage", dosage.Describe())));
        }

        if (outcome.Pain is { } pain && outcome.Kind != ExerciseOutcomeKind.StoppedForPain)
        {
            parts.Add(texts.Format("workout.summaryPainScore", locale, ("pain", pain)));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The time taken (pauses left out) and the pain before the workout and at its last check, where known.</summary>
    public IEnumerable<string> SummaryNotes(WorkoutSession session, string? locale)
    {
        if (session.TimeTaken is { } taken)
        {
            var minutes = (int)Math.Round(taken.TotalMinutes, MidpointRounding.AwayFromZero);
            yield return minutes < 1
                ? texts.Get("workout.summaryTimeUnderMinute", locale)
                : texts.Format("workout.summaryTime", locale, ("minutes", minutes));
        }

        if (session.PainBefore is { } before)
        {
            yield return texts.Format("workout.summaryPainBefore", locale, ("pain", before));
        }

        if (session.LastPain is { } after)
        {
            yield return texts.Format("workout.summaryPainAfter", locale, ("pain", after));
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
