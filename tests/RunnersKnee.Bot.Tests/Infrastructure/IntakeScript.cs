namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>
/// What a person answers to the intake, typed. The defaults fit runner's knee with no warning signs; a null
/// <see cref="Guardian"/> or <see cref="SoonFlags"/> means the question is not expected to be asked.
/// </summary>
public sealed record IntakeScript
{
    public string Location { get; init; } = "behind the kneecap";

    public string Feeling { get; init; } = "dull ache";

    public string Triggers { get; init; } = "running and stairs";

    public string Duration { get; init; } = "3 weeks";

    public string Onset { get; init; } = "gradually";

    public string Pain { get; init; } = "3";

    public string Age { get; init; } = "34";

    public string? Guardian { get; init; }

    public string EmergencyFlags { get; init; } = "no";

    public string? SoonFlags { get; init; } = "no";

    /// <summary>The answers in the order the questions come.</summary>
    public IEnumerable<string> Answers()
    {
        yield return Location;
        yield return Feeling;
        yield return Triggers;
        yield return Duration;
        yield return Onset;
        yield return Pain;
        yield return Age;
        if (Guardian is not null)
        {
            yield return Guardian;
        }

        yield return EmergencyFlags;
        if (SoonFlags is not null)
        {
            yield return SoonFlags;
        }
    }
}
