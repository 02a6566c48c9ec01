using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>The Azure Storage Queue scheduler (shares the account of <c>Storage:Blob</c>).</summary>
public sealed class QueueSchedulerOptions
{
    public const string SectionName = "Timers:Queue";

    /// <value>The queue that holds due events. Default <c>timers</c>.</value>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string QueueName { get; set; } = "timers";

    /// <value>How often an idle instance asks the queue for due events. Default 1 s.</value>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <value>How long a received event stays hidden from other instances while it is handled. Default 60 s.</value>
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromSeconds(60);

    /// <value>An event that failed this many times is dropped. Default 5.</value>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;
}
