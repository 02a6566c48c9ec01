using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>The default: kept replies go out with the next turn of their state document.</summary>
public sealed class NoDeliveryRetryScheduler : IDeliveryRetryScheduler
{
    public Task ScheduleAsync(ConversationReference reference, TimeSpan delay, CancellationToken cancellationToken) => Task.CompletedTask;
}
