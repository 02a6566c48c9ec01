namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// The bot's identity, bound from the configuration root with the names Azure Bot Service and the ARM templates
/// use (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>),
/// plus the <c>BotAuthentication</c> section for endpoints and the development opt-in.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <value><c>MultiTenant</c> (default when missing or unreadable), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</value>
    public string? MicrosoftAppType { get; set; }

    /// <value>The bot's Microsoft App ID; empty means anonymous development mode.</value>
    public string? MicrosoftAppId { get; set; }

    /// <value>The client secret (MultiTenant/SingleTenant); must be empty for UserAssignedMSI.</value>
    public string? MicrosoftAppPassword { get; set; }

    /// <value>The tenant of a SingleTenant or UserAssignedMSI bot.</value>
    public string? MicrosoftAppTenantId { get; set; }

    /// <value>The <c>BotAuthentication</c> section: metadata endpoints, issuers, the token authority and the anonymous opt-in.</value>
    public BotAuthenticationSettings BotAuthentication { get; set; } = new();

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; anything missing or unknown is <see cref="BotAppType.MultiTenant"/>, as in the SDK.</summary>
    public BotAppType AppType => MicrosoftAppType?.Trim().ToUpperInvariant() switch
    {
        "SINGLETENANT" => BotAppType.SingleTenant,
        "USERASSIGNEDMSI" => BotAppType.UserAssignedMsi,
        _ => BotAppType.MultiTenant,
    };

    /// <summary>True when <see cref="MicrosoftAppType"/> holds a value that is not one of the three known types.</summary>
    public bool HasUnknownAppType =>
        !string.IsNullOrWhiteSpace(MicrosoftAppType)
        && AppType == BotAppType.MultiTenant
        && !MicrosoftAppType.Trim().Equals(nameof(BotAppType.MultiTenant), StringComparison.OrdinalIgnoreCase);
}
