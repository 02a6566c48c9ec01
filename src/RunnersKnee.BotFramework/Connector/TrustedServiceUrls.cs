using System.Collections.Concurrent;
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

    // Hosts already reported as untrusted, so the warning is written once per host, not on every reply; bounded so a
    // flood of made-up hosts cannot grow it.
    private const int MaxReportedHosts = 256;
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.OrdinalIgnoreCase);

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

        // Checked on every reply: no LINQ, no strings built.
        var host = url.IdnHost;
        for (var i = 0; i < BuiltInHostSuffixes.Count; i++)
        {
            if (IsUnder(host, BuiltInHostSuffixes[i]))
            {
                return true;
            }
        }

        foreach (var suffix in options.Value.TrustedHostSuffixes)
        {
            if (IsUnder(host, suffix.Trim().TrimStart('.')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True the first time an untrusted host is seen (up to a bound): the caller warns then.</summary>
    // Looked up first: Count takes every lock of the map, and this is asked on every reply to an untrusted host.
    public bool FirstReportOf(string host) => !_reported.ContainsKey(host) && _reported.Count < MaxReportedHosts && _reported.TryAdd(host, true);

    private static bool IsUnder(string host, string suffix) =>
        suffix.Length > 0
        && (host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
            || (host.Length > suffix.Length
                && host[host.Length - suffix.Length - 1] == '.'
                && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)));
}
