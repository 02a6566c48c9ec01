using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>
/// Replies the channel did not take come back as a durable due event, so a person who is waiting for the next
/// question does not have to type again to get it; the turn it runs delivers the kept replies before anything else.
/// </summary>
public sealed class DeliveryRetryScheduler(IDueEventScheduler scheduler, PrimaryState owners, TimeProvider time) : IDeliveryRetryScheduler
{
    public Task ScheduleAsync(ConversationReference reference, TimeSpan delay, CancellationToken cancellationToken)
    {
        var owner = owners.KeyFor(reference.ChannelId ?? string.Empty, reference.Conversation?.Id ?? string.Empty, reference.User?.Id);
        var dueEvent = new DueEvent($"{owner}/{DueEventNames.DeliveryRetry}", DueEventNames.DeliveryRetry, time.GetUtcNow() + delay, reference, SessionId: string.Empty, Step: 0);
        return scheduler.ScheduleAsync(dueEvent, cancellationToken);
    }
}
