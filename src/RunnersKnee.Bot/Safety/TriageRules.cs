using RunnersKnee.Bot.Intake;


namespace RunnersKnee.Bot.Safety;

/// <summary>
/// The deterministic red-flag gate (research A2): the most urgent rule that matches wins, and nothing a
/// person types later can talk it down (only "I've been assessed" unlocks the workout).
/// </summary>
public sealed class TriageRules(SafetyThresholds thresholds)
{
    /// <summary>
    /// Red flags the person named in their own words and then answered no to on the lists: the words stand (research
    /// A2 treats any yes as a stop), at the urgency of the most urgent one; null when they named none.
    /// </summary>
    public TriageOutcome? ForNamedRedFlags(IReadOnlyCollection<string> rows) =>
        rows.Count == 0 ? null
        : rows.Any(thresholds.SameDayRedFlagRows.Contains) ? TriageOutcome.EmergencyCare
        : TriageOutcome.SeeDoctorSoon;

    public TriageOutcome Decide(IntakeAnswers answers)
    {
        var named = ForNamedRedFlags(answers.NamedRedFlags);
        if (answers.EmergencyFlags == true || named == TriageOutcome.EmergencyCare)
        {
            return TriageOutcome.EmergencyCare;
        }

        // Ottawa knee rule: 55 or over after a fall or injury → X-ray trigger, tier 1 (A2 #16).
        if (answers.Age == AgeBand.From55 && answers.AfterInjury == true)
        {
            return TriageOutcome.EmergencyCare;
        }

        if (answers.Age == AgeBand.Under16 && answers.ChildWarningSigns)
        {
            return TriageOutcome.ChildUrgent;
        }

        if (answers.SoonFlags == true || named == TriageOutcome.SeeDoctorSoon)
        {
            return TriageOutcome.SeeDoctorSoon;
        }

        if (answers.Age == AgeBand.Under16)
        {
            return TriageOutcome.ChildGuidance;
        }

        if (answers.Age == AgeBand.From16To17 && answers.GuardianKnows != true)
        {
            return TriageOutcome.GuardianNeeded;
        }

        if (answers.Age is AgeBand.From50To54 or AgeBand.From55 && IsNew(answers.Duration))
        {
            return TriageOutcome.AssessmentFirst;
        }

        if (answers.Location != PainLocation.AroundOrBehindKneecap || answers.AfterInjury == true)
        {
            return TriageOutcome.DoesNotFit;
        }

        return PainTooHighToday(answers) ? TriageOutcome.RestToday : TriageOutcome.Cleared;
    }

    /// <summary>Pain right now is above what exercise should reach: no workout until it has settled.</summary>
    public bool PainTooHighToday(IntakeAnswers answers) => answers.PainNow is { } pain && PainTooHigh(pain);

    /// <summary>Pain at rest above the pain-monitoring limit (research A4): rest today instead of exercise.</summary>
    public bool PainTooHigh(int pain) => thresholds.Pain.TooHighToExercise(pain);

    /// <summary>
    /// Whether the outcome keeps the workout locked until the person says a clinician has assessed them: every
    /// outcome but runner's knee without red flags (research A2 #14: another cause is diagnosed first).
    /// </summary>
    public static bool LocksWorkout(TriageOutcome outcome) =>
        outcome is not (TriageOutcome.Cleared or TriageOutcome.RestToday);

    private static bool IsNew(string? duration) => duration is IntakeChoices.DurationUnderWeek or IntakeChoices.DurationWeeks;
}
