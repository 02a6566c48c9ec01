using System.ComponentModel.DataAnnotations;

namespace RunnersKnee.Bot.Security;

/// <summary>Transport and browser protections of every response: HTTPS, HSTS and the page's security headers.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>The Teams clients that open the timer page as a dialog (an iframe).</summary>
    public static readonly string[] TeamsFrameAncestors =
    [
        "https://teams.microsoft.com",
        "https://*.teams.microsoft.com",
        "https://teams.cloud.microsoft",
        "https://*.cloud.microsoft",
        "https://*.office.com",
        "https://*.microsoft365.com",
        "https://*.teams.microsoft.us",
    ];

    /// <value>
    /// Redirect http to https and send HSTS. Unset means on everywhere except in the Development environment.
    /// Behind a proxy that ends TLS, the proxy must forward the scheme (App Service does).
    /// </value>
    public bool? EnforceHttps { get; set; }

    /// <value>How long browsers remember to use https only (HSTS max-age). Default 365 days.</value>
    [Range(typeof(TimeSpan), "00:05:00", "730.00:00:00")]
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <value>
    /// Who may show the pages in a frame (CSP <c>frame-ancestors</c>), besides this site, as https origins
    /// (<c>https://*.example.com</c> allowed). Unset: <see cref="TeamsFrameAncestors"/>, the Teams clients, which
    /// open the timer page as a dialog. A configured list replaces that default rather than adding to it.
    /// </value>
    public List<string>? FrameAncestors { get; set; }

    /// <value>A complete Content-Security-Policy to send instead of the one built here. Default: none.</value>
    public string? ContentSecurityPolicy { get; set; }
}
