using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.DirectLine;

/// <summary>
/// The web chat's Direct Line: either the embedded Direct Line 3.0 endpoint this process hosts (development, small
/// deployments, no Azure account) or, when <see cref="Secret"/> is set, tokens exchanged at Azure's Direct Line.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Azure's public Direct Line 3.0 base address.</summary>
    public const string AzureEndpoint = "https://directline.botframework.com/v3/directline";

    /// <value>
    /// The Azure Direct Line channel secret. When set, <c>POST /api/directline/token</c> exchanges it at
    /// <see cref="Endpoint"/> for a short-lived token; the secret itself never reaches the browser. Default: none.
    /// </value>
    public string? Secret { get; set; }

    /// <value>Azure's Direct Line base address, including <c>/v3/directline</c> (regional endpoints differ).</value>
    [Required]
    [Url]
    public string Endpoint { get; set; } = AzureEndpoint;

    /// <value>Origins sent to Azure as <c>trustedOrigins</c>; empty means the origin the page was served from.</value>
    public List<string> TrustedOrigins { get; set; } = [];

    /// <value>
    /// Whether <c>/v3/directline/*</c> is served by this process. Unset means on everywhere except in the
    /// Production environment.
    /// </value>
    public bool? EnableEmbedded { get; set; }

    /// <value>Base64 HMAC key (at least 32 bytes) for embedded tokens; unset means a new random key at each start.</value>
    public string? TokenSigningKey { get; set; }

    /// <value>How long an embedded token is valid (Azure issues 30 minutes; Web Chat refreshes every 15).</value>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <value>
    /// How long a page can come back as the same person (its person token, renewed on every visit). Default 30 days,
    /// the coach's retention. The tokens outlive a restart only with a configured <see cref="TokenSigningKey"/>.
    /// </value>
    [Range(typeof(TimeSpan), "01:00:00", "400.00:00:00")]
    public TimeSpan PersonLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <value>How long a WebSocket <c>streamUrl</c> can be used to connect (Direct Line: within 60 seconds).</value>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <value>An embedded conversation nobody has touched for this long (and with no open stream) is forgotten.</value>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <value>The newest activities kept per embedded conversation; older ones are dropped.</value>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <value>
    /// The most bytes of serialized activities kept per embedded conversation (older ones are dropped first), so a
    /// client posting large activities cannot make one conversation hold much memory. Default 2 MB.
    /// </value>
    [Range(typeof(long), "65536", "268435456")]
    public long MaxTranscriptBytes { get; set; } = 2 * 1024 * 1024;

    /// <value>Embedded conversations held at once; starting one more forgets the least recently used.</value>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <value>The most activities one <c>GET .../activities</c> or one stream frame carries.</value>
    [Range(1, 1000)]
    public int MaxActivitiesPerPage { get; set; } = 100;

    /// <value>The bot's account in embedded conversations (<c>recipient</c> of what the user sends).</value>
    [Required]
    public string BotId { get; set; } = "bot";

    /// <value>The bot's display name in embedded conversations.</value>
    [Required]
    public string BotName { get; set; } = "Bot";

    /// <value>
    /// The serviceUrl stamped on embedded activities; replies to it stay in process. The reserved <c>.invalid</c>
    /// domain never resolves, so a bot token could never be sent anywhere by mistake.
    /// </value>
    [Required]
    [Url]
    public string EmbeddedServiceUrl { get; set; } = "https://embedded.directline.invalid/";
}
