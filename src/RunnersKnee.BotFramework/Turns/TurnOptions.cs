using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>How turns are run: retries on storage conflicts and the duplicate-delivery window.</summary>
public sealed class TurnOptions
{
    public const string SectionName = "Turns";

    /// <value>How many times a turn runs at most when its state write loses a race. Default 5.</value>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <value>How long a handled activity id is remembered. Teams retries for about 30 s; default 10 minutes.</value>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <value>At most this many ids are remembered per conversation. Default 64.</value>
    [Range(1, 1000)]
    public int MaxRememberedActivityIds { get; set; } = 64;
}
