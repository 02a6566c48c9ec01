namespace RunnersKnee.Bot.Intake;

/// <summary>Where it hurts: runner's knee is pain around or behind the kneecap (article; research A3).</summary>
public enum PainLocation
{
    AroundOrBehindKneecap,
    ElsewhereInKnee,
    NotTheKnee,
}
