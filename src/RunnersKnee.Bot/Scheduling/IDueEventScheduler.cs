namespace RunnersKnee.Bot.Scheduling;

/// <summary>Keeps due events durably until they are due, then hands each to the <see cref="IDueEventHandler"/> once.</summary>
public interface IDueEventScheduler
{
    Task ScheduleAsync(DueEvent dueEvent, CancellationToken cancellationToken);

    /// <summary>Drops the event with this key if it has not fired (best effort: handlers ignore stale events anyway).</summary>
    Task CancelAsync(string key, CancellationToken cancellationToken);

    /// <summary>Drops every pending event of a conversation (privacy erase).</summary>
    Task CancelConversationAsync(string conversationKey, CancellationToken cancellationToken);
}
