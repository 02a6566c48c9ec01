using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Hosting;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.DirectLine;

/// <summary>
/// Direct Line 3.0 conversations as Web Chat (DirectLineJS 0.15.5) uses them: start, reconnect, post (echoed back
/// with the server's id and the client's <c>clientActivityID</c>, then run as a turn in process) and read by watermark.
/// </summary>
internal static class DirectLineConversationEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
    }

    private static async Task<IResult> StartAsync(
        HttpContext http,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        BotAdapter adapter,
        IOptions<DirectLineOptions> options,
        TimeProvider timeProvider,
        IHostApplicationLifetime lifetime,
        ILogger<DirectLineConversationStore> logger)
    {
        var (token, failure) = DirectLineHttp.Authorize(http.Request, tokens, conversationId: null);
        if (token is null)
        {
            return failure!;
        }

        var start = await DirectLineRequestReader.ReadStartRequestAsync(http.Request, http.RequestAborted);
        var conversation = store.GetOrStart(token.ConversationId, token.UserId, out var started);
        if (started)
        {
            DirectLineLog.ConversationStarted(logger, conversation.Id);

            // The welcome must not be cut short by a client that gives up waiting, so it runs to the end.
            var update = CreateConversationUpdate(conversation, options.Value, timeProvider.GetUtcNow(), start?.Locale);
            await adapter.ProcessActivityAsync(update, lifetime.ApplicationStopping);
        }

        var response = Describe(http.Request, token, conversation, tokens, options.Value, timeProvider, watermark: null);
        return Results.Json(response, DirectLineJsonContext.Default.DirectLineConversationResponse, statusCode: started ? 201 : 200);
    }

    private static IResult Reconnect(
        string conversationId,
        string? watermark,
        HttpContext http,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        IOptions<DirectLineOptions> options,
        TimeProvider timeProvider)
    {
        var (token, conversation, failure) = DirectLineHttp.AuthorizeConversation(http.Request, tokens, store, conversationId);
        if (token is null || conversation is null)
        {
            return failure!;
        }

        conversation.Touch(timeProvider.GetUtcNow());
        long? from = string.IsNullOrEmpty(watermark) ? null : DirectLineHttp.ParseWatermark(watermark);
        var response = Describe(http.Request, token, conversation, tokens, options.Value, timeProvider, from);
        return Results.Json(response, DirectLineJsonContext.Default.DirectLineConversationResponse);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpContext http,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        BotAdapter adapter,
        IOptions<DirectLineOptions> options,
        IOptions<BotEndpointOptions> limits,
        ILogger<DirectLineConversationStore> logger)
    {
        var (token, conversation, failure) = DirectLineHttp.AuthorizeConversation(http.Request, tokens, store, conversationId);
        if (token is null || conversation is null)
        {
            return failure!;
        }

        var (activity, problem) = await DirectLineRequestReader.ReadActivityAsync(http.Request, limits.Value.MaxActivityBytes, http.RequestAborted);
        if (activity is null)
        {
            return problem!;
        }

        // The user is who the token says, whatever the page wrote (Azure does the same for dl_ ids).
        activity.From = new ChannelAccount { Id = token.UserId, Name = activity.From?.Name, Role = "user" };
        activity.Recipient = BotAccount(options.Value);
        activity.CallerId = null;
        var id = store.Append(conversation, activity);

        var result = await adapter.ProcessActivityAsync(activity, http.RequestAborted);
        if (result.Status >= 500)
        {
            DirectLineLog.TurnFailed(logger, result.Status);
            return DirectLineHttp.Error(StatusCodes.Status502BadGateway, "BotError", "Failed to send activity: bot returned an error.");
        }

        return Results.Json(new ResourceResponse(id), BotJsonContext.Default.ResourceResponse);
    }

    private static IResult GetActivities(
        string conversationId,
        string? watermark,
        HttpContext http,
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        IOptions<DirectLineOptions> options,
        TimeProvider timeProvider)
    {
        var (token, conversation, failure) = DirectLineHttp.AuthorizeConversation(http.Request, tokens, store, conversationId);
        if (token is null || conversation is null)
        {
            return failure!;
        }

        conversation.Touch(timeProvider.GetUtcNow());
        var page = conversation.Read(DirectLineHttp.ParseWatermark(watermark), options.Value.MaxActivitiesPerPage);
        return Results.Bytes(DirectLineActivitySet.Write(page), "application/json; charset=utf-8");
    }

    private static DirectLineConversationResponse Describe(
        HttpRequest request,
        DirectLineToken token,
        DirectLineConversation conversation,
        DirectLineTokenService tokens,
        DirectLineOptions options,
        TimeProvider timeProvider,
        long? watermark)
    {
        var (streamToken, _) = tokens.Issue(conversation.Id, conversation.UserId, DirectLineTokenKind.Stream, options.StreamUrlLifetime);
        return new DirectLineConversationResponse(
            conversation.Id,
            token.Value,
            DirectLineHttp.SecondsUntil(token.ExpiresAt, timeProvider),
            DirectLineHttp.StreamUrl(request, conversation.Id, streamToken, watermark));
    }

    private static Activity CreateConversationUpdate(DirectLineConversation conversation, DirectLineOptions options, DateTimeOffset now, string? locale) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = $"{conversation.Id}|0000000",
        Timestamp = now,
        ChannelId = Channels.WebChat,
        ServiceUrl = options.EmbeddedServiceUrl,
        Conversation = new ConversationAccount { Id = conversation.Id },
        From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
        Recipient = BotAccount(options),
        MembersAdded = [BotAccount(options), new ChannelAccount { Id = conversation.UserId, Role = "user" }],
        Locale = locale,
    };

    private static ChannelAccount BotAccount(DirectLineOptions options) => new() { Id = options.BotId, Name = options.BotName, Role = "bot" };
}
