namespace RunnersKnee.Bot.Intake;

/// <summary>Age bands that change the advice (research A2 #15–16).</summary>
public enum AgeBand
{
    Under16,
    From16To17,
    From18To49,
    From50To54,
    From55,
}
