namespace RunnersKnee.Bot.Programme;

/// <summary>Why an exercise's level changed: each has its own sentence, told with the change.</summary>
public enum LevelChangeReason
{
    /// <summary>The last sessions were easy on the knee and fine the next morning: one level up.</summary>
    EasySessions,

    /// <summary>The knee was worse the morning after a session that did the exercise: one level down.</summary>
    WorseNextMorning,

    /// <summary>The exercise was stopped for pain: one level down.</summary>
    StoppedForPain,
}
