using System.Text.Json;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Authentication;

namespace RunnersKnee.BotFramework.Connector;

/// <summary>
/// The OAuth client-credentials grant against <c>{AuthorityHost}/{botframework.com | tenant}/oauth2/v2.0/token</c>,
/// proving the app's identity with <c>MicrosoftAppPassword</c> or, when configured, a certificate-signed assertion.
/// </summary>
internal sealed class ClientCredentialsTokenSource(
    IHttpClientFactory httpClientFactory,
    IOptions<BotAuthenticationOptions> options,
    ClientAssertionFactory assertions,
    TimeProvider timeProvider) : IAccessTokenSource
{
    public const string HttpClientName = "BotTokenEndpoint";

    /// <summary>The tenant of every multi-tenant bot's tokens.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    public string TokenEndpoint
    {
        get
        {
            var value = options.Value;
            var tenant = value.AppType == BotAppType.MultiTenant ? MultiTenantAuthority : value.MicrosoftAppTenantId!.Trim();
            return $"{value.BotAuthentication.AuthorityHost.TrimEnd('/')}/{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token";
        }
    }

    public async Task<BotAccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var value = options.Value;
        var endpoint = TokenEndpoint;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = value.MicrosoftAppId!,
            ["scope"] = value.BotAuthentication.OAuthScope,
        };
        if (assertions.IsConfigured)
        {
            form["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            form["client_assertion"] = assertions.Create(value.MicrosoftAppId!, endpoint);
        }
        else
        {
            form["client_secret"] = value.MicrosoftAppPassword ?? string.Empty;
        }

        var requestedAt = timeProvider.GetUtcNow();
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(endpoint, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BotTokenException($"The token endpoint answered {(int)response.StatusCode} ({ErrorCode(body)}).");
        }

        return Parse(body, requestedAt);
    }

    private static BotAccessToken Parse(string body, DateTimeOffset requestedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var token = root.GetProperty("access_token").GetString();
            var lifetime = root.GetProperty("expires_in") is { ValueKind: JsonValueKind.String } text
                ? long.Parse(text.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                : root.GetProperty("expires_in").GetInt64();
            if (string.IsNullOrEmpty(token))
            {
                throw new BotTokenException("The token endpoint returned no access_token.");
            }

            // Measured from the request, not the answer, so the cache errs on the early side.
            return new BotAccessToken(token, requestedAt.AddSeconds(lifetime));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new BotTokenException("The token endpoint returned an unreadable answer.", exception);
        }
    }

    /// <summary>The OAuth <c>error</c> code (for example <c>invalid_client</c>); the description may echo request data.</summary>
    private static string ErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) ? error.GetString() ?? "no error code" : "no error code";
        }
        catch (JsonException)
        {
            return "no error code";
        }
    }
}
