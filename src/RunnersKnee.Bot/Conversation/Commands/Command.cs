namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>A recognized command; <see cref="Pain"/> is set for pain reports ("that hurt 6/10").</summary>
public sealed record Command(CommandKind Kind, int? Pain = null);
