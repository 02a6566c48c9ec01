using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Security;

/// <summary>At most <see cref="PermitLimit"/> requests in each <see cref="Window"/> (a fixed window).</summary>
public sealed class RateLimitRule
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
