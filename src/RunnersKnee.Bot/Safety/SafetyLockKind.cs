namespace RunnersKnee.Bot.Safety;

/// <summary>Why coaching is closed: emergency guidance (call an ambulance) or crisis guidance (a crisis line).</summary>
public enum SafetyLockKind
{
    Emergency,
    Crisis,
}
