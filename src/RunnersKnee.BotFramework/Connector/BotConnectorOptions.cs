using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>The <c>BotConnector</c> section: where the bot's token may go, and how connector calls are retried.</summary>
public sealed class BotConnectorOptions
{
    public const string SectionName = "BotConnector";

    /// <value>
    /// Host suffixes trusted with the bot's token besides the built-in ones (<c>botframework.com</c>,
    /// <c>smba.trafficmanager.net</c>, <c>teams.microsoft.com</c>, <c>teams.microsoft.us</c>).
    /// </value>
    public List<string> TrustedHostSuffixes { get; set; } = [];

    /// <value>Sends the token to loopback serviceUrls outside Development too (tests, a local channel emulation).</value>
    public bool AllowLoopback { get; set; }

    /// <value>Retries after the first attempt, for 429 on any call and for 5xx/timeouts on GET/PUT/DELETE.</value>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <value>The first back-off delay when the channel gives no Retry-After; it doubles, with jitter.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <value>The longest Retry-After the bot waits for; a 429 asking for more fails at once.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <value>The limit of one attempt.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <value>The limit of a call including its retries and waits.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);
}
