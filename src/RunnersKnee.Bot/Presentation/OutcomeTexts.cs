using RunnersKnee.Bot.Safety;

namespace RunnersKnee.Bot.Presentation;

/// <summary>
/// The text keys of each triage outcome (<c>outcome.&lt;name&gt;.title</c> and <c>.body</c> in the catalog), in one
/// place for the guidance card, the lock reason, the privacy summary and the physio summary.
/// </summary>
public static class OutcomeTexts
{
    /// <summary>"outcome.emergency" and the like; null for an outcome with no guidance of its own (cleared).</summary>
    public static string? KeyOf(TriageOutcome outcome) => outcome switch
    {
        TriageOutcome.EmergencyCare => "outcome.emergency",
        TriageOutcome.SeeDoctorSoon => "outcome.soon",
        TriageOutcome.ChildUrgent => "outcome.childUrgent",
        TriageOutcome.ChildGuidance => "outcome.child",
        TriageOutcome.GuardianNeeded => "outcome.guardian",
        TriageOutcome.AssessmentFirst => "outcome.assessment",
        TriageOutcome.DoesNotFit => "outcome.doesNotFit",
        TriageOutcome.RestToday => "outcome.restToday",
        _ => null,
    };

    /// <summary>The outcome's title key, or <paramref name="otherwise"/> for one without guidance.</summary>
    public static string TitleOf(TriageOutcome outcome, string otherwise) => KeyOf(outcome) is { } key ? key + ".title" : otherwise;
}
