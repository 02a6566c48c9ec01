using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace RunnersKnee.DirectLine;

/// <summary>
/// Tokens: <c>POST /api/directline/token</c> gives the page a short-lived token for a new conversation (minted here
/// for the embedded endpoint, or exchanged at Azure when a secret is configured), for the same user as before when
/// the page shows the person token it kept, else for a new one; <c>POST /v3/directline/tokens/refresh</c>
/// extends an embedded token, as DirectLineJS does every 15 minutes.
/// </summary>
internal static class DirectLineTokenEndpoints
{
    public const string PageTokenPath = "/api/directline/token";

    // A person token names no conversation; this stands in the claim every embedded token carries.
    private const string PersonAudience = "person";

    public static void MapPageToken(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(PageTokenPath, CreatePageTokenAsync).DisableAntiforgery();

    public static void MapRefresh(IEndpointRouteBuilder group) =>
        group.MapPost("/tokens/refresh", Refresh);

    private static async Task<IResult> CreatePageTokenAsync(
        HttpContext http,
        DirectLineTokenService tokens,
        AzureDirectLineTokenClient azure,
        IOptions<DirectLineOptions> options)
    {
        http.Response.Headers.CacheControl = "no-store";
        var settings = options.Value;
        var kept = tokens.Validate(await DirectLineRequestReader.ReadPersonAsync(http.Request, http.RequestAborted), DirectLineTokenKind.Person);
        var userId = kept?.UserId ?? DirectLineIds.NewUserId();
        var (person, _) = tokens.Issue(PersonAudience, userId, DirectLineTokenKind.Person, settings.PersonLifetime);
        if (!string.IsNullOrEmpty(settings.Secret))
        {
            var origins = settings.TrustedOrigins.Count > 0 ? settings.TrustedOrigins : [DirectLineHttp.Origin(http.Request)];
            var generated = await azure.GenerateAsync(userId, origins, http.RequestAborted);
            return generated is null
                ? DirectLineHttp.Error(StatusCodes.Status502BadGateway, "DirectLineUnavailable", "The chat service is not available right now.")
                : Results.Json(
                    new DirectLinePageToken(generated.Token!, generated.ConversationId, userId, settings.Endpoint.TrimEnd('/'), person),
                    DirectLineJsonContext.Default.DirectLinePageToken);
        }

        if (settings.EnableEmbedded != true)
        {
            return DirectLineHttp.Error(StatusCodes.Status503ServiceUnavailable, "NotConfigured", "The web chat is not configured on this server.");
        }

        var conversationId = DirectLineIds.NewConversationId();
        var (token, _) = tokens.Issue(conversationId, userId, DirectLineTokenKind.Conversation, settings.TokenLifetime);
        return Results.Json(
            new DirectLinePageToken(token, conversationId, userId, DirectLineHttp.Domain(http.Request), person),
            DirectLineJsonContext.Default.DirectLinePageToken);
    }

    private static IResult Refresh(
        HttpContext http,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        IOptions<DirectLineOptions> options,
        TimeProvider timeProvider)
    {
        var (token, failure) = DirectLineHttp.Authorize(http.Request, tokens, conversationId: null);
        if (token is null)
        {
            return failure!;
        }

        store.Find(token.ConversationId)?.Touch(timeProvider.GetUtcNow());
        var (refreshed, expiresAt) = tokens.Issue(token.ConversationId, token.UserId, DirectLineTokenKind.Conversation, options.Value.TokenLifetime);
        return Results.Json(
            new DirectLineTokenResponse(token.ConversationId, refreshed, DirectLineHttp.SecondsUntil(expiresAt, timeProvider)),
            DirectLineJsonContext.Default.DirectLineTokenResponse);
    }
}
