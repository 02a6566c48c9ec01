namespace RunnersKnee.Bot.Safety.Language;

/// <summary>What the safety words in a message call for, most urgent first.</summary>
public enum SafetyLanguageMatch
{
    None,

    /// <summary>Self-harm or suicidal thoughts: the crisis line and the emergency number.</summary>
    Crisis,

    /// <summary>Cardiac, breathing, stroke, collapse, heavy bleeding: an ambulance now.</summary>
    Emergency,

    /// <summary>Might be self-harm: ask one direct question.</summary>
    CheckCrisis,

    /// <summary>Might be an emergency (dizzy, "my chest", "urgent"): ask one direct question.</summary>
    CheckEmergency,

    /// <summary>A knee red flag (swelling, locking, giving way...): the red-flag questions again.</summary>
    RedFlag,

    /// <summary>A recent fall, blow or twist: the red-flag questions, unless it answers how the pain started.</summary>
    Injury,
}
