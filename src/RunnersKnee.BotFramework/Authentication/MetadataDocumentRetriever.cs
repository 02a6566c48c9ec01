using Microsoft.IdentityModel.Protocols;

namespace RunnersKnee.BotFramework.Authentication;

/// <summary>
/// Reads OpenID metadata and key sets through the named HttpClient <see cref="HttpClientName"/>. Only https is
/// accepted, except on loopback where tests serve their own keys.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "BotAuthenticationMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            throw new InvalidOperationException($"The metadata address '{address}' must be an https URL.");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"'{address}' answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return await response.Content.ReadAsStringAsync(cancel);
    }
}
