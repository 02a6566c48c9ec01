using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>How the bot stops: the time it gives turns in flight, and when it asks channels to send again.</summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <value>
    /// The host's whole shutdown window (<c>HostOptions.ShutdownTimeout</c>): turns in flight finish within it, then
    /// everything else stops. Default 25 s, inside the time App Service waits after SIGTERM before it kills.
    /// </value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <value>
    /// The <c>Retry-After</c> on the 503 an activity gets once shutdown began; the Bot Connector sends it again (to
    /// this instance once restarted, or another). Default 10 s.
    /// </value>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
