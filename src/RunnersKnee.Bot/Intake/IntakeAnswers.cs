namespace RunnersKnee.Bot.Intake;

/// <summary>What the person told the intake, kept for the outcome, the PT summary and "what do you know about me".</summary>
public sealed class IntakeAnswers
{
    public PainLocation? Location { get; set; }

    public string? Feeling { get; set; }

    public List<string> Triggers { get; set; } = [];

    public string? Duration { get; set; }

    /// <summary>True when it started with a fall, blow or twist rather than gradually.</summary>
    public bool? AfterInjury { get; set; }

    public int? PainNow { get; set; }

    public AgeBand? Age { get; set; }

    public bool? GuardianKnows { get; set; }

    public bool? EmergencyFlags { get; set; }

    public bool? SoonFlags { get; set; }

    /// <summary>
    /// The research rows of red flags the person described in their own words during the intake and then answered
    /// no to on the lists: they count at the end as if the lists had said yes.
    /// </summary>
    public List<string> NamedRedFlags { get; set; } = [];

    /// <summary>
    /// Both red-flag lists were answered no during this intake, in the check a symptom said in passing started: the
    /// intake does not ask them a second time a minute later (the symptom the person named still counts at the end).
    /// </summary>
    public bool ListsAnsweredNo { get; set; }

    /// <summary>A limp, hip or groin pain, or night pain was mentioned during the intake (urgent under 16).</summary>
    public bool ChildWarningSigns { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
