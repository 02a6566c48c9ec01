using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>
/// Asks for a turn in a conversation after <c>delay</c>, because some of its replies could not be delivered; any
/// turn of that state document delivers them first. The app decides how (its durable timers); without one the
/// replies wait for the person's next message or the channel's redelivery.
/// </summary>
public interface IDeliveryRetryScheduler
{
    Task ScheduleAsync(ConversationReference reference, TimeSpan delay, CancellationToken cancellationToken);
}
