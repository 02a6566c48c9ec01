using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Scheduling;

/// <summary>The embedded scheduler's folder and retry policy.</summary>
public sealed class LocalSchedulerOptions
{
    public const string SectionName = "Timers:Local";

    /// <value>Where pending events are kept (one file each). Default <c>.data/timers</c>.</value>
    [Required]
    public string Directory { get; set; } = Path.Combine(".data", "timers");

    /// <value>
    /// Whether each pending event is also a file. Default (unset): only when the state store outlives the process
    /// (file or Blob), since a memory store's events would fire after a restart into a conversation nobody remembers.
    /// </value>
    public bool? KeepFiles { get; set; }

    /// <value>How long to wait before trying a failed event again. Default 5 s.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <value>How many times an event is tried before it is dropped. Default 5.</value>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;
}
