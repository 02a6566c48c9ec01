using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RunnersKnee.DirectLine;

/// <summary>
/// The <c>streamUrl</c>: a WebSocket authorised by its short-lived query token, which replays the log after the
/// watermark and then pushes every new activity as an <c>ActivitySet</c> frame, so replies and proactive messages
/// arrive without polling delay.
/// </summary>
internal static class DirectLineStreamEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        string conversationId,
        string? t,
        string? watermark,
        HttpContext http,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        IOptions<DirectLineOptions> options,
        TimeProvider timeProvider,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineConversationStore> logger)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.");
        }

        var token = tokens.Validate(t, DirectLineTokenKind.Stream);
        if (token is null || !string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The stream URL is expired or not valid.");
        }

        if (store.Find(conversationId) is not { } conversation)
        {
            return DirectLineHttp.ConversationNotFound();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();

        // Open sockets must not hold up shutdown: the host waits for running requests.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var session = new DirectLineStreamSession(socket, conversation, options.Value.MaxActivitiesPerPage, timeProvider);
        var reason = await session.RunAsync(DirectLineHttp.ParseWatermark(watermark), stopping.Token);
        DirectLineLog.StreamClosed(logger, conversationId, reason);
        return Results.Empty;
    }
}
