using RunnersKnee.Bot.Reminders;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// A recognized command; <see cref="Pain"/> is set for pain reports ("that hurt 6/10"), <see cref="RedFlagRows"/> for
/// symptom reports (the research rows of the red flags named), <see cref="Goal"/> for "set my goal to 4",
/// <see cref="Reminder"/> for a typed reminder phrase (a button's phrase is read from its data).
/// </summary>
public sealed record Command(CommandKind Kind, int? Pain = null, IReadOnlyList<string>? RedFlagRows = null, int? Goal = null, ReminderRequest? Reminder = null);
