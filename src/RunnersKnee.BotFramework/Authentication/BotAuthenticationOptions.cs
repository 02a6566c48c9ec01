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

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
