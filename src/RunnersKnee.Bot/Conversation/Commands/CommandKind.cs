namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>Things a person can say at any moment, typed or clicked.</summary>
public enum CommandKind
{
    Start,
    WhatsNext,
    WhereAmI,
    HowManyLeft,
    Repeat,
    Skip,
    Back,
    Pause,
    Resume,
    Stop,
    StartOver,
    Help,
    Easier,

    /// <summary>Back from the easier version to the standard one ("standard", "harder").</summary>
    Standard,
    Done,

    /// <summary>"Skip rest": the rest ends now (only during a rest; mid-set it is not "done").</summary>
    SkipRest,

    /// <summary>"+15 s": a longer rest.</summary>
    MoreRest,
    StartWorkout,
    StartTimer,
    PainReport,
    SymptomReport,

    /// <summary>A recent fall, blow or twist said in passing: like a symptom, except as the answer to "how did it start?".</summary>
    InjuryReport,
    Emergency,
    Crisis,

    /// <summary>Words that might mean an emergency ("I feel faint", "my chest"): one direct question first.</summary>
    CheckEmergency,

    /// <summary>Words that might mean thoughts of self-harm ("I can't go on"): one direct question first.</summary>
    CheckCrisis,

    /// <summary>"I'm OK now": the person says they are safe and have been seen, after emergency or crisis guidance.</summary>
    SafeNow,
    /// <summary>"My progress": sessions this week against the goal, and the pain trend.</summary>
    Progress,

    /// <summary>"Summary for my physio": the referral summary (research A5), as a card and a printable page.</summary>
    PhysioSummary,

    /// <summary>"Set my goal to 4": sessions a week (<see cref="Command.Goal"/>).</summary>
    SetGoal,

    /// <summary>A tap on the "how is your knee now?" card after a session (<see cref="Command.Pain"/>; none for skip).</summary>
    PainAfter,

    /// <summary>"Reset my plan": every exercise back at its start level (<c>Programme/PersonalPlan</c>).</summary>
    ResetPlan,

    /// <summary>A reminder phrase or button ("remind me Mon Wed Fri at 7pm", "my reminders", "later", "stop reminders", "check in at 9"; <see cref="Command.Reminder"/>).</summary>
    Reminder,

    /// <summary>A tap on the morning check's card (better, same or worse than before the session).</summary>
    NextMorning,
    PrivacySummary,
    PrivacyExport,
    PrivacyDelete,
}
