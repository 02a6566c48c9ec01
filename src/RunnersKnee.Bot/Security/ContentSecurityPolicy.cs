using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.DirectLine;

namespace RunnersKnee.Bot.Security;

/// <summary>
/// The pages' Content-Security-Policy. Scripts come only from this site (no inline script, no eval); Web Chat needs
/// inline styles (its CSS-in-JS), <c>blob:</c> workers and images, and its Direct Line connections: this host's
/// WebSocket, or Azure's Direct Line when a secret is configured. Card images (the exercise figures) come from the
/// bot's public address, which is this site unless the page is reached by another name (a tunnel, a second host).
/// </summary>
public sealed partial class ContentSecurityPolicy(IOptions<SecurityOptions> security, IOptions<DirectLineOptions> directLine, IOptions<BotOptions> bot)
{
    private readonly string _fixedPart = BuildFixedPart(security.Value, directLine.Value, bot.Value);

    // The policy of the last host asked for: nearly every response goes to the same host, so it is built once, not per
    // response. Swapped as one reference, so concurrent requests never see a host with another host's policy.
    private HostPolicy? _last;

    public string For(HttpRequest request)
    {
        if (!string.IsNullOrWhiteSpace(security.Value.ContentSecurityPolicy))
        {
            return security.Value.ContentSecurityPolicy;
        }

        var host = request.Host.Value;
        var last = _last;
        if (last is not null && last.IsHttps == request.IsHttps && string.Equals(last.Host, host, StringComparison.Ordinal))
        {
            return last.Policy;
        }

        // Some browsers do not count ws(s) as 'self'; the host is checked so a forged Host header cannot add a directive.
        var socket = host is not null && HostPattern().IsMatch(host) ? $" {(request.IsHttps ? "wss" : "ws")}://{host}" : string.Empty;
        var upgrade = request.IsHttps ? "; upgrade-insecure-requests" : string.Empty;
        var policy = $"{_fixedPart.Replace("{socket}", socket, StringComparison.Ordinal)}{upgrade}";
        _last = new HostPolicy(host, request.IsHttps, policy);
        return policy;
    }

    private sealed record HostPolicy(string? Host, bool IsHttps, string Policy);

    private static string BuildFixedPart(SecurityOptions security, DirectLineOptions directLine, BotOptions bot)
    {
        var images = "'self' data: blob:";
        if (Uri.TryCreate(bot.PublicBaseUrl, UriKind.Absolute, out var publicBase) && publicBase.Scheme == Uri.UriSchemeHttps && IsSource($"https://{publicBase.Authority}"))
        {
            images += $" https://{publicBase.Authority}";
        }

        // teams-js (the timer dialog) checks its host against Microsoft's published list of Teams origins.
        var connect = "'self'{socket} https://res.cdn.office.net";
        if (!string.IsNullOrEmpty(directLine.Secret) && Uri.TryCreate(directLine.Endpoint, UriKind.Absolute, out var azure))
        {
            connect += $" https://{azure.Authority} wss://{azure.Authority}";
        }

        var ancestors = string.Join(' ', new[] { "'self'" }.Concat((security.FrameAncestors ?? [.. SecurityOptions.TeamsFrameAncestors]).Where(IsSource)));
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            $"img-src {images}",
            "media-src 'self' data: blob:",
            "font-src 'self' data:",
            "worker-src 'self' blob:",
            $"connect-src {connect}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            $"frame-ancestors {ancestors}");
    }

    private static bool IsSource(string source) => SourcePattern().IsMatch(source);

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"^https://(\*\.)?[A-Za-z0-9.\-]+(:[0-9]{1,5})?$")]
    private static partial Regex SourcePattern();
}
