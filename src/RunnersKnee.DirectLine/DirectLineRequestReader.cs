using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RunnersKnee.BotFramework.Hosting;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.DirectLine;

/// <summary>Reads Direct Line request bodies with the same size and media-type rules as <c>/api/messages</c>.</summary>
internal static class DirectLineRequestReader
{
    private static readonly HashSet<string> ClientTypes = new(StringComparer.Ordinal) { ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing };

    public static async Task<DirectLineStartRequest?> ReadStartRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!BotRequestBody.IsJson(request.ContentType) || await BotRequestBody.ReadBodyAsync(request, 16 * 1024, cancellationToken) is not { Length: > 0 } body)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.DirectLineStartRequest);
        }
        catch (JsonException)
        {
            // The body is optional and only carries a locale hint; a bad one must not stop the conversation.
            return null;
        }
    }

    /// <summary>The page token request's person token, or null (the body is optional; a bad one means a new person).</summary>
    public static async Task<string?> ReadPersonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!BotRequestBody.IsJson(request.ContentType) || await BotRequestBody.ReadBodyAsync(request, 4 * 1024, cancellationToken) is not { Length: > 0 } body)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.DirectLinePageTokenRequest)?.Person;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (!BotRequestBody.IsJson(request.ContentType))
        {
            return (null, DirectLineHttp.Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be application/json."));
        }

        if (await BotRequestBody.ReadBodyAsync(request, limit, cancellationToken) is not { } body)
        {
            return (null, DirectLineHttp.Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"Activities are limited to {limit} bytes."));
        }

        try
        {
            var activity = BotJson.DeserializeActivity(body);
            if (string.IsNullOrWhiteSpace(activity?.Type))
            {
                return (null, DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity needs a 'type'."));
            }

            // A client speaks as the user: it may not forge what only the channel sends (conversationUpdate, invoke, ...).
            return ClientTypes.Contains(activity.Type)
                ? (activity, null)
                : (null, DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "Only message, event and typing activities can be sent."));
        }
        catch (JsonException exception)
        {
            return (null, DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", $"The body is not a valid activity: {BotJson.Describe(exception)}."));
        }
    }
}
