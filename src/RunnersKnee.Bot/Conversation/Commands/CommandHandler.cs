namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>Acts on a command; false hands the activity on to the active dialog as an answer.</summary>
public delegate Task<bool> CommandHandler(CommandTurn turn, CancellationToken cancellationToken);
