namespace RunnersKnee.Bot.Safety;

/// <summary>The option picked in answer to "a medical emergency, or thoughts of hurting yourself, or neither?".</summary>
public enum SafetyChoice
{
    Emergency,
    Crisis,
    Neither,
}
