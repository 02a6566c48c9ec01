using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// Puts the bot's bearer token on connector calls to trusted serviceUrls only: the token lets its holder act as
/// the bot. Runs inside the retry policy, so every attempt carries a current token.
/// </summary>
internal sealed partial class BotConnectorAuthenticationHandler(
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
            else
            {
                LogUntrusted(logger, url.Host);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning,
        Message = "The serviceUrl host {Host} is not trusted, so the call goes out without the bot's token. Add it to BotConnector:TrustedHostSuffixes if it is a real channel.")]
    private static partial void LogUntrusted(ILogger logger, string host);
}
