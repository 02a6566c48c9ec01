using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// Everything the coach keeps for one conversation, stored in the same document as the dialog stack so a turn
/// costs one read and one write.
/// </summary>
public sealed class CoachState
{
    public IntakeAnswers? Intake { get; set; }

    public TriageOutcome? Outcome { get; set; }

    /// <summary>Set by a red flag or an age rule: no workout until the person says they have been assessed.</summary>
    public bool WorkoutLocked { get; set; }

    public WorkoutSession? Workout { get; set; }

    /// <summary>Set by emergency or crisis guidance: nothing is coached until the person confirms they are safe and seen.</summary>
    public SafetyLock? SafetyLock { get; set; }

    /// <summary>What the conversation is doing, written by the dialogs (see <c>CoachingDialog</c>).</summary>
    public ConversationMode Mode { get; set; }

    public bool PrivacyNoticeShown { get; set; }

    /// <summary>The conversation the welcome was sent in: Teams announces a personal install twice (conversationUpdate and installationUpdate).</summary>
    public string? WelcomedIn { get; set; }

    /// <summary>The language the person last wrote in ("es"), which the replies use over the app's locale.</summary>
    public string? Language { get; set; }

    /// <summary>The intake question waiting for an answer, so a click on an older question's card is recognised.</summary>
    public string? CurrentQuestion { get; set; }

    /// <summary>Where proactive messages (rest over, resume reminder) go; refreshed from every authenticated activity.</summary>
    public ConversationReference? Reference { get; set; }

    public DateTimeOffset? LastSeen { get; set; }

    /// <summary>The id of the newest "export my data" download link (Teams), erased with everything else.</summary>
    public string? ExportLink { get; set; }
}
