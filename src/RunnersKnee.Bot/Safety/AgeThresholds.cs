using RunnersKnee.Bot.Intake;


namespace RunnersKnee.Bot.Safety;

/// <summary>The age bands of the safety rules (research A2 #15, #16) from <c>Content/Safety/thresholds.json</c>.</summary>
public sealed record AgeThresholds(int ChildUntil, int TeenUntil, int OlderFrom, int OttawaFrom, int PlausibleMax)
{
    /// <summary>The intake's age band for an age, or null when the age is not believable (asked again).</summary>
    public string? BandFor(int age) =>
        age < 0 || age > PlausibleMax ? null
        : age < ChildUntil ? IntakeChoices.Under16
        : age < TeenUntil ? IntakeChoices.From16To17
        : age < OlderFrom ? IntakeChoices.From18To49
        : age < OttawaFrom ? IntakeChoices.From50To54
        : IntakeChoices.From55;
}
