using System.Globalization;
using Microsoft.AspNetCore.Http;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.DirectLine;

/// <summary>Addresses, watermarks, bearer tokens and error bodies shared by the Direct Line endpoints.</summary>
internal static class DirectLineHttp
{
    public const string BasePath = "/v3/directline";

    /// <summary>The <c>domain</c> DirectLineJS needs: this host's Direct Line base, including <c>/v3/directline</c>.</summary>
    public static string Domain(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";

    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    public static string StreamUrl(HttpRequest request, string conversationId, string streamToken, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(streamToken)}";
        return watermark is { } value ? $"{url}&watermark={value.ToString(CultureInfo.InvariantCulture)}" : url;
    }

    /// <summary>An empty, non-numeric or negative watermark means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>
    /// The token of the request, checked: 401 without a bearer token, 403 when it is not valid (expired, tampered,
    /// or for another conversation), which DirectLineJS reads as "expired token".
    /// </summary>
    /// <summary>The token's conversation: authorized for <paramref name="conversationId"/> and still kept; otherwise the 401/403/404 to answer.</summary>
    public static (DirectLineToken? Token, DirectLineConversation? Conversation, IResult? Failure) AuthorizeConversation(
        HttpRequest request,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        string conversationId)
    {
        var (token, failure) = Authorize(request, tokens, conversationId);
        if (token is null)
        {
            return (null, null, failure);
        }

        return store.Find(conversationId) is { } conversation
            ? (token, conversation, null)
            : (null, null, ConversationNotFound());
    }

    public static (DirectLineToken? Token, IResult? Failure) Authorize(HttpRequest request, DirectLineTokenService tokens, string? conversationId)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line token is required."));
        }

        var token = tokens.Validate(header["Bearer ".Length..].Trim(), DirectLineTokenKind.Conversation);
        if (token is null)
        {
            return (null, Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is expired or not valid."));
        }

        if (conversationId is not null && !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation."));
        }

        return (token, null);
    }

    public static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Create(code, message), BotJsonContext.Default.ErrorResponse, statusCode: status);

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "The conversation has ended or never existed.");

    public static long SecondsUntil(DateTimeOffset expiresAt, TimeProvider timeProvider) =>
        Math.Max(0, (long)(expiresAt - timeProvider.GetUtcNow()).TotalSeconds);
}
