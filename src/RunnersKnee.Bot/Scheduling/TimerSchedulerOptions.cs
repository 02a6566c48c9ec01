namespace RunnersKnee.Bot.Scheduling;

/// <summary>Where due events wait: <c>Local</c> (a folder, one instance) or <c>Queue</c> (Azure Storage Queues, many instances).</summary>
public sealed class TimerSchedulerOptions
{
    public const string SectionName = "Timers:Scheduler";

    /// <value><c>Local</c> or <c>Queue</c>; empty picks Queue when a Blob storage account is configured, otherwise Local.</value>
    public string? Provider { get; set; }
}
