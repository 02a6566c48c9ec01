namespace RunnersKnee.Bot.Safety;

/// <summary>What an answer to a safety question says, as the cautious reading of it.</summary>
public enum SafetyAnswer
{
    No,
    Yes,

    /// <summary>Neither clearly yes nor clearly no: asked once more, then read as yes.</summary>
    Unclear,
}
