using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Safety;


namespace RunnersKnee.Bot.Tests.Unit.Safety;

/// <summary>The red-flag gate (research A2): the most urgent matching rule wins.</summary>
public sealed class TriageRulesTests
{
    private static readonly TriageRules Rules = new(new SafetyThresholds());

    public static TheoryData<string, IntakeAnswers, TriageOutcome> Cases => new()
    {
        { "fits, no flags", Answers(), TriageOutcome.Cleared },
        { "emergency list", Answers(a => a.EmergencyFlags = true), TriageOutcome.EmergencyCare },
        { "both lists", Answers(a => { a.EmergencyFlags = true; a.SoonFlags = true; }), TriageOutcome.EmergencyCare },
        { "55+ after injury", Answers(a => { a.Age = AgeBand.From55; a.AfterInjury = true; a.Duration = IntakeChoices.DurationLonger; }), TriageOutcome.EmergencyCare },
        { "under 16 with emergency", Answers(a => { a.Age = AgeBand.Under16; a.EmergencyFlags = true; }), TriageOutcome.EmergencyCare },
        { "soon list", Answers(a => a.SoonFlags = true), TriageOutcome.SeeDoctorSoon },
        { "under 16 with soon", Answers(a => { a.Age = AgeBand.Under16; a.SoonFlags = true; }), TriageOutcome.SeeDoctorSoon },
        { "under 16", Answers(a => a.Age = AgeBand.Under16), TriageOutcome.ChildGuidance },
        { "under 16, pain elsewhere", Answers(a => { a.Age = AgeBand.Under16; a.Location = PainLocation.ElsewhereInKnee; }), TriageOutcome.ChildGuidance },
        { "under 16 with a limp or hip pain", Answers(a => { a.Age = AgeBand.Under16; a.ChildWarningSigns = true; }), TriageOutcome.ChildUrgent },
        { "under 16 with a limp and a soon flag", Answers(a => { a.Age = AgeBand.Under16; a.ChildWarningSigns = true; a.SoonFlags = true; }), TriageOutcome.ChildUrgent },
        { "adult mentioning the hip", Answers(a => a.ChildWarningSigns = true), TriageOutcome.Cleared },
        { "16-17, guardian unknown", Answers(a => a.Age = AgeBand.From16To17), TriageOutcome.GuardianNeeded },
        { "16-17, guardian does not know", Answers(a => { a.Age = AgeBand.From16To17; a.GuardianKnows = false; }), TriageOutcome.GuardianNeeded },
        { "16-17, guardian knows", Answers(a => { a.Age = AgeBand.From16To17; a.GuardianKnows = true; }), TriageOutcome.Cleared },
        { "50-54, under a week", Answers(a => { a.Age = AgeBand.From50To54; a.Duration = IntakeChoices.DurationUnderWeek; }), TriageOutcome.AssessmentFirst },
        { "55+, weeks, gradual", Answers(a => a.Age = AgeBand.From55), TriageOutcome.AssessmentFirst },
        { "50-54, months", Answers(a => { a.Age = AgeBand.From50To54; a.Duration = IntakeChoices.DurationLonger; }), TriageOutcome.Cleared },
        { "50-54 after injury, months", Answers(a => { a.Age = AgeBand.From50To54; a.AfterInjury = true; a.Duration = IntakeChoices.DurationLonger; }), TriageOutcome.DoesNotFit },
        { "elsewhere in the knee", Answers(a => a.Location = PainLocation.ElsewhereInKnee), TriageOutcome.DoesNotFit },
        { "not the knee", Answers(a => a.Location = PainLocation.NotTheKnee), TriageOutcome.DoesNotFit },
        { "after an injury", Answers(a => a.AfterInjury = true), TriageOutcome.DoesNotFit },
        { "pain 6", Answers(a => a.PainNow = 6), TriageOutcome.RestToday },
        { "pain 10", Answers(a => a.PainNow = 10), TriageOutcome.RestToday },
        { "pain 5", Answers(a => a.PainNow = 5), TriageOutcome.Cleared },
        { "pain 0", Answers(a => a.PainNow = 0), TriageOutcome.Cleared },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Answers_GivesTheMostUrgentOutcome(string situation, IntakeAnswers answers, TriageOutcome expected) =>
        Assert.True(expected == Rules.Decide(answers), $"{situation}: expected {expected}, got {Rules.Decide(answers)}");

    [Theory]
    [InlineData(TriageOutcome.EmergencyCare, true)]
    [InlineData(TriageOutcome.SeeDoctorSoon, true)]
    [InlineData(TriageOutcome.ChildGuidance, true)]
    [InlineData(TriageOutcome.GuardianNeeded, true)]
    [InlineData(TriageOutcome.AssessmentFirst, true)]
    [InlineData(TriageOutcome.DoesNotFit, true)]
    [InlineData(TriageOutcome.ChildUrgent, true)]
    [InlineData(TriageOutcome.RestToday, false)]
    [InlineData(TriageOutcome.Cleared, false)]
    public void LocksWorkout_Outcome_LocksOnlyUntilAssessed(TriageOutcome outcome, bool locked) =>
        Assert.Equal(locked, TriageRules.LocksWorkout(outcome));

    [Theory]
    [InlineData(6, true)]
    [InlineData(5, false)]
    [InlineData(null, false)]
    public void PainTooHighToday_PainNow_IsAbove5(int? pain, bool tooHigh) =>
        Assert.Equal(tooHigh, Rules.PainTooHighToday(new IntakeAnswers { PainNow = pain }));

    /// <summary>Runner's knee with no warning signs at 34, changed by <paramref name="change"/>.</summary>
    private static IntakeAnswers Answers(Action<IntakeAnswers>? change = null)
    {
        var answers = new IntakeAnswers
        {
            Location = PainLocation.AroundOrBehindKneecap,
            Feeling = "ache",
            Triggers = ["stairs"],
            Duration = IntakeChoices.DurationWeeks,
            AfterInjury = false,
            PainNow = 3,
            Age = AgeBand.From18To49,
            EmergencyFlags = false,
            SoonFlags = false,
        };
        change?.Invoke(answers);
        return answers;
    }
}
