using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// Puts the bot's bearer token on connector calls to trusted serviceUrls only: the token lets its holder act as
/// the bot. Runs inside the retry policy, so every attempt carries a current token.
/// </summary>
internal sealed class BotConnectorAuthenticationHandler(
    IBotTokenProvider tokens,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<BotConnectorAuthenticationHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = null;
        if (request.RequestUri is { } url)
        {
            if (trustedServiceUrls.IsTrusted(url))
            {
                if (await tokens.GetTokenAsync(cancellationToken) is { } token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
            }
            else if (trustedServiceUrls.FirstReportOf(url.Host))
            {
                // Once per host: every reply to it goes out the same way, and a warning per reply floods the log.
                BotFrameworkLog.UntrustedServiceUrl(logger, url.Host);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
