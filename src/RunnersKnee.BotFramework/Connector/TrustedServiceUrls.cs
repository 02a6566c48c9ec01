using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// Which serviceUrls may receive the bot's token: https hosts under the Bot Framework and Teams domains plus
/// configured suffixes. Loopback only in Development or when <c>BotConnector:AllowLoopback</c> is set.
/// </summary>
internal sealed class TrustedServiceUrls(IOptions<BotConnectorOptions> options, IHostEnvironment environment)
{
    /// <summary>The channel hosts of the public and US government clouds.</summary>
    public static readonly IReadOnlyList<string> BuiltInHostSuffixes =
        ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us"];

    public bool IsTrusted(Uri url)
    {
        if (url.IsLoopback)
        {
            return options.Value.AllowLoopback || environment.IsDevelopment();
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = url.IdnHost;
        return BuiltInHostSuffixes.Concat(options.Value.TrustedHostSuffixes).Any(suffix => IsUnder(host, suffix.Trim().TrimStart('.')));
    }

    private static bool IsUnder(string host, string suffix) =>
        suffix.Length > 0
        && (host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase));
}
