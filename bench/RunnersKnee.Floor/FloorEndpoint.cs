using System.Globalization;
using System.Text.Json;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Floor;

/// <summary>
/// <c>POST /api/messages</c> with no bot behind it: read the body, parse the activity with the bot's own
/// serializer and checks, then post <c>X-Floor-Replies</c> replies (the number the bot sent for the same turn)
/// to the activity's serviceUrl with the bot's <see cref="HttpConnectorClient"/>, one after another as the
/// adapter does, and answer 200. What the bot costs beyond this is the price of its logic and state.
/// </summary>
public static class FloorEndpoint
{
    public const string RepliesHeader = "X-Floor-Replies";

    public static async Task<IResult> HandleAsync(HttpContext http, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, cancellationToken);
        Activity? activity;
        try
        {
            activity = BotJson.DeserializeActivity(buffer.ToArray());
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type) || activity.Conversation?.Id is null
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _))
        {
            return Results.BadRequest();
        }

        var replies = int.TryParse(http.Request.Headers[RepliesHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 1;
        var connector = new HttpConnectorClient(clients.CreateClient(ConnectorClientFactory.HttpClientName), activity.ServiceUrl!);
        for (var i = 0; i < replies; i++)
        {
            var reply = activity.CreateReply();
            reply.Text = activity.Text ?? activity.Type;
            await connector.ReplyToActivityAsync(reply, cancellationToken);
        }

        return Results.Ok();
    }
}
