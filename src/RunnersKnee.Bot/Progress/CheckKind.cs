namespace RunnersKnee.Bot.Progress;

/// <summary>Which safety question produced a <see cref="CheckRecord"/>.</summary>
public enum CheckKind
{
    Intake,

    /// <summary>The red-flag lists asked again (a symptom mentioned, or a session the pain rule ended).</summary>
    RedFlagCheck,

    Emergency,
    Crisis,
}
