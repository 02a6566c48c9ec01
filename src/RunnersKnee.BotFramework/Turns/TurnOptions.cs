using System.ComponentModel.DataAnnotations;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>How turns are run: retries on storage conflicts, the duplicate-delivery window, whose state a turn reads.</summary>
public sealed class TurnOptions
{
    public const string SectionName = "Turns";

    /// <summary>
    /// How many times a turn runs at most when its state write loses a race. Each lost attempt means another turn of
    /// the same conversation was committed (a store that is down fails differently), so retrying makes progress;
    /// but with n instances busy on one conversation an attempt wins only about 1 time in n, and a burst split
    /// over two instances lost about 1 turn in 32 (2^-5) with the old default of 5.
    /// </summary>
    /// <value>Default 32.</value>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 32;

    /// <value>How long a handled activity id is remembered. Teams retries for about 30 s; default 10 minutes.</value>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <value>At most this many ids are remembered per conversation. Default 64.</value>
    [Range(1, 1000)]
    public int MaxRememberedActivityIds { get; set; } = 64;

    /// <value>How long a person's message may take before "typing…" is shown. Zero turns it off. Default 1 second.</value>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <value>How long after a failed delivery the app is asked for a turn that tries again. Default 10 seconds.</value>
    public TimeSpan DeliveryRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <value>
    /// How long an undelivered reply is kept trying. After it, a "rest is over" or a welcome would only confuse;
    /// default 24 hours.
    /// </value>
    public TimeSpan UndeliveredMaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <value>Whose document <see cref="PrimaryState"/> reads and writes. Default <see cref="StateScope.Conversation"/>, as the SDK.</value>
    public StateScope StateScope { get; set; } = StateScope.Conversation;
}
