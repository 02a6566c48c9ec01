using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>One recognised command in the mode the conversation is in, with what a handler needs to act on it.</summary>
public sealed record CommandTurn(DialogContext Dc, CoachState State, Command Command, ConversationMode Mode)
{
    /// <summary>The running (or paused) workout; only the workout and paused modes' handlers use it.</summary>
    public WorkoutSession Session => State.Workout ?? throw new InvalidOperationException($"No workout in mode {Mode}.");

    public string? Locale => Dc.Context.Activity.Locale;
}
