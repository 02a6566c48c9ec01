namespace RunnersKnee.Bot.Dialogs;

/// <summary>What the conversation is doing, read off the dialog stack, so a command means the right thing there.</summary>
public enum ConversationMode
{
    Idle,
    Intake,
    Screening,
    Question,
    Workout,
}
