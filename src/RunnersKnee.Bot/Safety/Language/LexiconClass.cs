namespace RunnersKnee.Bot.Safety.Language;

/// <summary>What an entry of the safety lexicon (<c>Content/Safety/Lexicon/*.json</c>) stands for, most urgent first.</summary>
public enum LexiconClass
{
    /// <summary>Cardiac, breathing, stroke, collapse, heavy bleeding: an ambulance now.</summary>
    Emergency,

    /// <summary>Self-harm or suicidal thoughts: the crisis line and the emergency number.</summary>
    Crisis,

    /// <summary>Might be an emergency: one direct question.</summary>
    CheckEmergency,

    /// <summary>Might be thoughts of self-harm: one direct question.</summary>
    CheckCrisis,

    /// <summary>A knee red flag: the red-flag questions again.</summary>
    RedFlag,

    /// <summary>A recent fall, blow or twist: the red-flag questions, unless it answers "how did it start?".</summary>
    Injury,

    /// <summary>Under 16, a sign that makes knee pain urgent (a limp, hip or groin pain, night pain, swelling).</summary>
    ChildWarningSign,

    /// <summary>A word that makes a 0–10 number a pain score.</summary>
    PainWord,
}
