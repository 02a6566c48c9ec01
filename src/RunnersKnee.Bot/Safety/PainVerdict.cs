namespace RunnersKnee.Bot.Safety;

/// <summary>What a pain score during the workout calls for (research A4).</summary>
public enum PainVerdict
{
    CarryOn,
    Ease,
    Stop,
}
