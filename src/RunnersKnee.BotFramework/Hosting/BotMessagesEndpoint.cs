using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Authentication;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the channel's way in. Reads and checks the activity, authenticates it against the
/// token, runs the turn, and answers as the Bot Framework contract says (200, or the invoke response). Once the bot
/// is shutting down it answers 503 with <c>Retry-After</c>, so the channel sends the activity again.
/// </summary>
public static class BotMessagesEndpoint
{
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IChannelAuthenticator authenticator,
        BotAdapter adapter,
        TurnGate gate,
        IOptions<BotEndpointOptions> options,
        IOptions<ShutdownOptions> shutdown,
        CancellationToken cancellationToken)
    {
        // Checked first so a stopping instance spends nothing on the body; the adapter checks again, race-free.
        if (gate.IsClosed)
        {
            return ShuttingDown(http, shutdown.Value);
        }

        if (!BotRequestBody.IsJson(http.Request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be application/json.");
        }

        var limit = options.Value.MaxActivityBytes;
        if (http.Request.ContentLength > limit)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"Activities are limited to {limit} bytes.");
        }

        var body = await BotRequestBody.ReadBodyAsync(http.Request, limit, cancellationToken);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"Activities are limited to {limit} bytes.");
        }

        var (activity, error) = Parse(body);
        if (activity is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "BadRequest", error!);
        }

        var header = http.Request.Headers.Authorization.ToString();
        var authentication = await authenticator.AuthenticateAsync(header.Length > 0 ? header : null, activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", authentication.FailureReason ?? "Unauthorized.");
        }

        // Never trust callerId from the wire (spec A2251).
        activity.CallerId = authentication.Identity!.IsAuthenticated ? "urn:botframework:azure" : null;
        var result = await adapter.ProcessActivityAsync(activity, cancellationToken);
        if (result.IsShuttingDown)
        {
            return ShuttingDown(http, shutdown.Value);
        }

        return result.Body is { } json
            ? Results.Json(json, BotJsonContext.Default.JsonElement, statusCode: result.Status)
            : Results.StatusCode(result.Status);
    }

    /// <summary>Parses and checks the fields every channel activity must carry.</summary>
    internal static (Activity? Activity, string? Error) Parse(byte[] body)
    {
        Activity? activity;
        try
        {
            activity = BotJson.DeserializeActivity(body);
        }
        catch (JsonException exception)
        {
            return (null, $"The body is not a valid activity: {BotJson.Describe(exception)}.");
        }

        if (activity is null)
        {
            return (null, "The body is not a JSON object.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, "The activity has no 'type'.");
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (null, "The activity needs 'channelId' and 'conversation.id'.");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return (null, "The activity needs an absolute http(s) 'serviceUrl'.");
        }

        return (activity, null);
    }

    private static IResult ShuttingDown(HttpContext http, ShutdownOptions shutdown)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(shutdown.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The bot is restarting; send the activity again.");
    }

    private static IResult Problem(int status, string code, string message) =>
        Results.Json(ErrorResponse.Create(code, message), BotJsonContext.Default.ErrorResponse, statusCode: status);
}
