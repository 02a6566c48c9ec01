using RunnersKnee.Bot.Diagnostics;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Security;

/// <summary>
/// One limiter for the whole app, chained from three partitioned ones: page tokens per client address, Direct Line
/// per client address, and Direct Line per conversation. A request outside their paths is never limited.
/// </summary>
internal static class RateLimitPolicies
{
    private const string PageTokenPath = "/api/directline/token";
    private const string DirectLinePath = "/v3/directline";
    private const string ConversationsPath = "/v3/directline/conversations/";

    public static void Configure(RateLimiterOptions limiter, RateLimitOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(http => IsPageToken(http.Request)
                ? FixedWindow("token:" + ClientOf(http), options.PageTokenPerClient)
                : RateLimitPartition.GetNoLimiter(string.Empty)),
            PartitionedRateLimiter.Create<HttpContext, string>(http => http.Request.Path.StartsWithSegments(DirectLinePath, StringComparison.OrdinalIgnoreCase)
                ? FixedWindow("dl:" + ClientOf(http), options.DirectLinePerClient)
                : RateLimitPartition.GetNoLimiter(string.Empty)),
            PartitionedRateLimiter.Create<HttpContext, string>(http => ConversationOf(http.Request) is { } conversation
                ? FixedWindow("conversation:" + conversation, options.DirectLinePerConversation)
                : RateLimitPartition.GetNoLimiter(string.Empty)));
    }

    private static bool IsPageToken(HttpRequest request) =>
        request.Path.Equals(PageTokenPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The conversation id of <c>/v3/directline/conversations/{id}[/...]</c>, or null.</summary>
    private static string? ConversationOf(HttpRequest request)
    {
        var path = request.Path.Value;
        if (path is null || !path.StartsWith(ConversationsPath, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = path.AsSpan(ConversationsPath.Length);
        var end = rest.IndexOf('/');
        var id = end < 0 ? rest : rest[..end];

        // Ids are short; a long one is junk, limited by the client rule alone rather than kept as a partition.
        return id.Length is > 0 and <= 128 ? id.ToString() : null;
    }

    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> FixedWindow(string key, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        CoachLog.RateLimitRejected(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitPolicies).FullName!), http.Request.Method, PathKind(http.Request));
        await Results
            .Json(ErrorResponse.Create("TooManyRequests", $"Too many requests; try again in {seconds} s."), BotJsonContext.Default.ErrorResponse, statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(http);
    }

    // The path holds conversation ids and tokens; the log names only which endpoint was limited.
    private static string PathKind(HttpRequest request) =>
        IsPageToken(request) ? "page token" : ConversationOf(request) is not null ? "conversation" : "direct line";
}
