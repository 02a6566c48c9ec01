using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Security;

/// <summary>
/// Request limits of the web chat's endpoints (the channel's <c>/api/messages</c> is not limited: Azure Bot
/// Service calls it from shared addresses, and it authenticates every call). The defaults leave a person typing,
/// clicking and reconnecting far below the limits and stop a script flooding them.
/// </summary>
public sealed class RateLimitOptions : IValidatableObject
{
    public const string SectionName = "Security:RateLimits";

    /// <value>Whether the limits apply. Default true.</value>
    public bool Enabled { get; set; } = true;

    /// <value><c>POST /api/directline/token</c> per client address: a page load needs one. Default 30 a minute.</value>
    [Required]
    public RateLimitRule PageTokenPerClient { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <value>Every <c>/v3/directline</c> request per client address. Default 600 a minute.</value>
    [Required]
    public RateLimitRule DirectLinePerClient { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    /// <value>
    /// Requests per embedded conversation (posts, reads, reconnects): a person sends a few a minute, and Web
    /// Chat's polling fallback reads once a second. Default 120 a minute.
    /// </value>
    [Required]
    public RateLimitRule DirectLinePerConversation { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    // DataAnnotations does not look inside nested objects by itself.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        foreach (var (name, rule) in new[] { (nameof(PageTokenPerClient), PageTokenPerClient), (nameof(DirectLinePerClient), DirectLinePerClient), (nameof(DirectLinePerConversation), DirectLinePerConversation) })
        {
            var ruleResults = new List<ValidationResult>();
            if (rule is not null && !Validator.TryValidateObject(rule, new ValidationContext(rule), ruleResults, validateAllProperties: true))
            {
                results.AddRange(ruleResults.Select(r => new ValidationResult($"{name}: {r.ErrorMessage}", [name])));
            }
        }

        return results;
    }
}
