namespace RunnersKnee.Bot.Progress;

/// <summary>How a past session ended.</summary>
public enum SessionEnd
{
    Finished,

    /// <summary>The person stopped it (or safety guidance did).</summary>
    Stopped,

    /// <summary>The pain rule ended it (research A4), after which the red-flag questions were asked again.</summary>
    EndedForPain,
}
