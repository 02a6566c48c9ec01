using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunnersKnee.DirectLine;

/// <summary>
/// Exchanges the Direct Line secret for a token at Azure (<c>POST {Endpoint}/tokens/generate</c>), with the user id
/// bound into the token and the page's origins trusted. The secret only ever travels in this request's header.
/// </summary>
internal sealed class AzureDirectLineTokenClient(IHttpClientFactory httpClientFactory, IOptions<DirectLineOptions> options, ILogger<AzureDirectLineTokenClient> logger)
{
    /// <summary>The named HttpClient for Azure's token API (never the bot connector's client, which carries the bot token).</summary>
    public const string HttpClientName = "DirectLineTokens";

    /// <summary>The token, or null when Azure refused or could not be reached (logged, without the secret).</summary>
    public async Task<DirectLineTokenResponse?> GenerateAsync(string userId, IReadOnlyList<string> trustedOrigins, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{settings.Endpoint.TrimEnd('/')}/tokens/generate")
        {
            Content = JsonContent.Create(
                new DirectLineTokenGenerateRequest(new DirectLineUser(userId), trustedOrigins),
                DirectLineJsonContext.Default.DirectLineTokenGenerateRequest),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);

        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                DirectLineLog.TokenExchangeRefused(logger, (int)response.StatusCode);
                return null;
            }

            var token = await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.DirectLineTokenResponse, cancellationToken);
            return string.IsNullOrEmpty(token?.Token) ? null : token;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            DirectLineLog.TokenExchangeFailed(logger, exception);
            return null;
        }
    }
}
