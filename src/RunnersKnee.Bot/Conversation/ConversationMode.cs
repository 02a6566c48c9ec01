using RunnersKnee.Bot.Conversation.Dialogs;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// What the conversation is doing, so a command means the right thing there. Held in <c>CoachState.Mode</c>: each
/// <see cref="CoachingDialog"/> writes its mode when it takes a turn, and the root writes Idle or Paused when
/// nothing is active.
/// </summary>
public enum ConversationMode
{
    Idle,

    /// <summary>Nothing active, with a paused workout to come back to.</summary>
    Paused,

    Intake,

    /// <summary>The red-flag questions asked again after a symptom was mentioned.</summary>
    Screening,

    /// <summary>An offer or a yes/no question outside the intake (start the workout? assessed? delete?).</summary>
    Question,

    Workout,
}
