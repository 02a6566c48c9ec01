namespace RunnersKnee.Bot.Safety;

/// <summary>What a pain score during the workout calls for (research A4).</summary>
public enum PainVerdict
{
    CarryOn,
    Ease,
    Stop,

    /// <summary>Too much to carry on today: the session ends and the red-flag questions are asked again.</summary>
    EndSession,
}
