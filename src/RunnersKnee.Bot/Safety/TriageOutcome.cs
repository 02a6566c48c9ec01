namespace RunnersKnee.Bot.Safety;

/// <summary>The decision after the intake, most urgent first.</summary>
public enum TriageOutcome
{
    /// <summary>Tier 1: emergency department / urgent care today; no workout.</summary>
    EmergencyCare,

    /// <summary>Under 16 with a limp, hip or groin pain, or night pain (research A2 #15: SCFE, Perthes): a doctor today.</summary>
    ChildUrgent,

    /// <summary>Tier 2: see a doctor soon; no workout until assessed.</summary>
    SeeDoctorSoon,

    /// <summary>Under 16: parent and clinician guidance; no self-guided programme.</summary>
    ChildGuidance,

    /// <summary>16–17 without a parent or guardian knowing: no programme until they do.</summary>
    GuardianNeeded,

    /// <summary>50 or over with new knee pain: a GP/PT assessment first; the exercises may suit after it.</summary>
    AssessmentFirst,

    /// <summary>The pattern does not fit runner's knee, or it started with an injury: a clinician diagnoses first; no workout until assessed.</summary>
    DoesNotFit,

    /// <summary>Pain is high right now: rest and ice today, workout when it is 5/10 or lower.</summary>
    RestToday,

    /// <summary>Fits runner's knee with no red flags: advice, PT guidance, then the workout.</summary>
    Cleared,
}
