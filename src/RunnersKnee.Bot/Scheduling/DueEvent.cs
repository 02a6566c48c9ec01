using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// Something to do later in a conversation ("rest over", "resume reminder"). <see cref="Key"/> identifies it, so
/// scheduling the same key again replaces it; the handler re-checks <see cref="SessionId"/> and
/// <see cref="Step"/> against the live session, so a late or repeated event changes nothing.
/// </summary>
public sealed record DueEvent(
    string Key,
    string Name,
    DateTimeOffset DueAt,
    ConversationReference Reference,
    string SessionId,
    int Step);
