namespace RunnersKnee.Bot.Scheduling;

/// <summary>A due event as stored for the queue scheduler; <see cref="Version"/> ties it to one queue message.</summary>
public sealed record QueuedDueEvent(string Version, DueEvent Event);
