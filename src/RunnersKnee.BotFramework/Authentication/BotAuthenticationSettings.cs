namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// The <c>BotAuthentication</c> configuration section. Every default is the public Microsoft cloud; tests and
/// sovereign clouds point these at other hosts.
/// </summary>
public sealed class BotAuthenticationSettings
{
    /// <summary>The Bot Service tenants whose Entra ID tokens channels send (auth v3.1, v3.2 and the Agents SDK list).</summary>
    public static readonly IReadOnlyList<string> DefaultBotServiceTenantIds =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>The v1 and v2 Entra ID issuer forms; <c>{tenantId}</c> is replaced by each trusted tenant.</summary>
    public static readonly IReadOnlyList<string> DefaultEntraIssuerTemplates =
    [
        "https://sts.windows.net/{tenantId}/",
        "https://login.microsoftonline.com/{tenantId}/v2.0",
    ];

    /// <value>Without <c>MicrosoftAppId</c>, the Production environment refuses to start unless this is true.</value>
    public bool AllowAnonymous { get; set; }

    /// <value>OpenID metadata of Bot Framework channel tokens (path A).</value>
    public string ChannelMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <value>The exact issuer of Bot Framework channel tokens.</value>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <value>OpenID metadata of Entra ID tokens (path B).</value>
    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <value>Issuer templates with a <c>{tenantId}</c> placeholder; empty means <see cref="DefaultEntraIssuerTemplates"/>.</value>
    public List<string> EntraIssuerTemplates { get; set; } = [];

    /// <value>Tenants trusted to issue Entra ID tokens to the bot; empty means <see cref="DefaultBotServiceTenantIds"/>.</value>
    public List<string> BotServiceTenantIds { get; set; } = [];

    /// <value>How often the signing keys are re-read even when nothing fails (between 5 minutes and 22 hours, so that with the library's jitter they are re-read at least daily).</value>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <value>The Entra ID host that issues the bot's outbound tokens: <c>{AuthorityHost}/{tenant}/oauth2/v2.0/token</c>.</value>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <value>The scope of outbound tokens for the Bot Connector.</value>
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <value>A PFX file whose certificate signs the client assertion instead of <c>MicrosoftAppPassword</c>.</value>
    public string? CertificatePath { get; set; }

    /// <value>The password of <see cref="CertificatePath"/>, if it has one.</value>
    public string? CertificatePassword { get; set; }

    /// <summary>The configured issuer templates, or the defaults.</summary>
    public IReadOnlyList<string> EffectiveEntraIssuerTemplates => EntraIssuerTemplates.Count > 0 ? EntraIssuerTemplates : DefaultEntraIssuerTemplates;

    /// <summary>The configured Bot Service tenants, or the defaults.</summary>
    public IReadOnlyList<string> EffectiveBotServiceTenantIds => BotServiceTenantIds.Count > 0 ? BotServiceTenantIds : DefaultBotServiceTenantIds;
}
