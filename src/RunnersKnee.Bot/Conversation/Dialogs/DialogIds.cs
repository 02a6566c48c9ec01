namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>The ids of the coaching dialogs and prompts.</summary>
public static class DialogIds
{
    public const string Main = "main";
    public const string Flow = "flow";
    public const string Intake = "intake";
    public const string Workout = "workout";
    public const string Unlock = "unlock";
    public const string PainBefore = "pain-before";
    public const string RedFlagCheck = "redflag-check";
    public const string PrivacyDelete = "privacy-delete";
    public const string SafetyLockRelease = "safety-lock-release";
    public const string SafetyCheck = "safety-check";

    public const string ChoicePrompt = "choice";
    public const string MultiChoicePrompt = "multi-choice";
    public const string ConfirmPrompt = "confirm";
    public const string RedFlagPrompt = "red-flag";
    public const string PainPrompt = "pain";
    public const string PainBeforePrompt = "pain-before-answer";
    public const string AgePrompt = "age";
    public const string LocationPrompt = "location";
    public const string DurationPrompt = "duration";
    public const string WorkoutWaitPrompt = "workout-wait";
    public const string SafetyCheckPrompt = "safety-check-answer";
}
