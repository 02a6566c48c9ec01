namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// The bot is shutting down and ran no turn for the event. Not a failure: the scheduler keeps the event as it was
/// (the local file stays, the queue message is not deleted) for the next start or another instance.
/// </summary>
public sealed class DueEventDeferredException(string eventName)
    : Exception($"The {eventName} event was not run: the bot is shutting down; it stays scheduled.");
