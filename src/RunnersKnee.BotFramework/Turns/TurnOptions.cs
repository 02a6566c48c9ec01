using System.ComponentModel.DataAnnotations;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Turns;

/// <summary>How turns are run: retries on storage conflicts, the duplicate-delivery window, whose state a turn reads.</summary>
public sealed class TurnOptions : IValidatableObject
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

    /// <value>
    /// How long after a turn has delivered everything it wrote with its state the app takes it out of the stored
    /// document (a read and a write, left out when the conversation's next turn here comes first and overwrites it).
    /// Longer than a set and its rest, so a workout's turns overwrite each other's and a pause costs one write; a
    /// process killed within it leaves its last turn's replies listed, and the next process sends them again.
    /// Default 5 minutes.
    /// </value>
    public TimeSpan DeliveredMarkDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <value>
    /// How long replies another instance wrote with its state are left to it before a turn here sends them: it may be
    /// delivering them still (a throttled channel can hold a send for a minute), and it takes them out within
    /// <see cref="DeliveredMarkDelay"/> after. Must be longer than that delay; default 8 minutes.
    /// </value>
    public TimeSpan OtherInstanceGrace { get; set; } = TimeSpan.FromMinutes(8);

    /// <value>This instance's name on the replies it writes; default the App Service instance id, else the machine name.</value>
    public string? InstanceName { get; set; }

    /// <value>Whose document <see cref="PrimaryState"/> reads and writes. Default <see cref="StateScope.Conversation"/>, as the SDK.</value>
    public StateScope StateScope { get; set; } = StateScope.Conversation;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OtherInstanceGrace <= DeliveredMarkDelay)
        {
            yield return new ValidationResult(
                "Turns:OtherInstanceGrace must be longer than Turns:DeliveredMarkDelay, or another instance would send replies this one delivered.",
                [nameof(OtherInstanceGrace), nameof(DeliveredMarkDelay)]);
        }
    }
}
