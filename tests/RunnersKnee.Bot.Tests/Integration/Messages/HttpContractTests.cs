using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.BotFramework.Hosting;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Messages;

/// <summary>
/// <c>POST /api/messages</c> as a channel sees it (bot-protocol.md §4): what is refused and with which status, and
/// what arrives at the channel's connector for what is accepted. Invoke handling belongs to the app's own tests.
/// </summary>
public sealed class HttpContractTests(HttpContractFixture fixture) : IClassFixture<HttpContractFixture>
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    private readonly LoopbackConnector _connector = fixture.Connector;
    private readonly HttpClient _client = fixture.Client;

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "malformed", """{"type":"message","text":"hi",""", "not a valid activity" },
        { "not JSON", "hello bot", "not a valid activity" },
        { "empty", string.Empty, "not a valid activity" },
        { "JSON null", "null", "not a JSON object" },
        { "JSON array", """[{"type":"message"}]""", "not a valid activity" },
        { "text is a number", """{"type":"message","text":5,"id":"1"}""", "$.text" },
        { "from is a string", """{"type":"message","from":"29:user","id":"1"}""", "$.from" },
        { "membersAdded is an object", """{"type":"conversationUpdate","membersAdded":{"id":"29:user"}}""", "$.membersAdded" },
        { "no type", """{"text":"hi"}""", "'type'" },
        { "blank type", """{"type":"  ","text":"hi"}""", "'type'" },
        { "no conversation", """{"type":"message","text":"hi","conversation":null}""", "conversation.id" },
        { "relative serviceUrl", """{"type":"message","text":"hi","serviceUrl":"/v3"}""", "serviceUrl" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_Returns400WithAReasonAndRunsNoTurn(string why, string fragment, string reason)
    {
        var conversationId = NewConversationId();
        var body = IsJsonObject(fragment) ? Complete(fragment, conversationId) : fragment;

        using var response = await PostAsync(body);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{why}: {(int)response.StatusCode}");
        var error = await ReadErrorAsync(response);
        Assert.Equal("BadRequest", error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(_connector.SentActivities(conversationId));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task Post_NotJsonContentType_Returns415AndRunsNoTurn(string? contentType)
    {
        var conversationId = NewConversationId();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Message(conversationId, "1")));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", (await ReadErrorAsync(response)).Code);
        Assert.Empty(_connector.SentActivities(conversationId));
    }

    [Fact]
    public async Task Post_OversizeBodyWithContentLength_Returns413AndRunsNoTurn()
    {
        var conversationId = NewConversationId();
        using var content = new StringContent(Message(conversationId, "1", Padding(MaxBytes + 1)), Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PayloadTooLarge", (await ReadErrorAsync(response)).Code);
        Assert.Empty(_connector.SentActivities(conversationId));
    }

    [Fact]
    public async Task Post_OversizeBodyChunked_Returns413AndRunsNoTurn()
    {
        var conversationId = NewConversationId();
        // A pipe's stream cannot seek, so HttpClient cannot know the length and sends the body chunked.
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0, resumeWriterThreshold: 0));
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Message(conversationId, "1", Padding(MaxBytes + 1))));
        await pipe.Writer.CompleteAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StreamContent(pipe.Reader.AsStream()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_connector.SentActivities(conversationId));
    }

    [Fact]
    public async Task Post_BodyOfExactlyTheLimit_IsAccepted()
    {
        var conversationId = NewConversationId();
        var unpadded = Encoding.UTF8.GetByteCount(Message(conversationId, "1", string.Empty));
        var body = Message(conversationId, "1", Padding(MaxBytes - unpadded));

        using var response = await PostAsync(body);

        Assert.Equal(MaxBytes, Encoding.UTF8.GetByteCount(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForActivitiesAsync(1, conversationId: conversationId);
    }

    [Theory]
    [InlineData("msteams", "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856", "1759944781430")]
    [InlineData("directline", "IfxenhOqYRR4jfMT7XOjdC-us", "IfxenhOqYRR4jfMT7XOjdC-us|0000000")]
    public async Task Post_Message_Returns200AndTheReplyGoesToThatConversationAndActivity(string channelId, string conversationPrefix, string activityId)
    {
        var conversationId = conversationPrefix + "-" + Guid.NewGuid().ToString("N");
        var body = Complete($$"""{"type":"message","id":"{{activityId}}","text":"hello","channelId":"{{channelId}}","locale":"en-US"}""", conversationId);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await _connector.WaitForActivitiesAsync(1, conversationId: conversationId);
        Assert.All(_connector.Calls.Where(c => c.ConversationId == conversationId), call =>
        {
            Assert.Equal("POST", call.Method);
            Assert.Equal(activityId, call.ActivityId);
        });
        Assert.All(replies, reply =>
        {
            Assert.Equal("29:user", reply.Recipient?.Id);
            Assert.Equal("28:bot", reply.From?.Id);
            Assert.Equal(activityId, reply.ReplyToId);
        });
        Assert.True(!string.IsNullOrWhiteSpace(replies[0].Text) || replies[0].Attachments is { Count: > 0 }, "The first reply is empty.");
    }

    [Fact]
    public async Task Post_SameMessageDeliveredTwice_BothAcknowledgedAndOneReplySent()
    {
        var conversationId = NewConversationId();
        var body = Message(conversationId, "1759944781430");

        using var first = await PostAsync(body);
        var afterFirst = (await _connector.WaitForActivitiesAsync(1, conversationId: conversationId)).Count;
        using var second = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(afterFirst, _connector.SentActivities(conversationId).Count);
    }

    [Fact]
    public async Task Post_ConversationUpdateWithAUserAdded_Returns200AndTheWelcomeCardArrives()
    {
        var conversationId = NewConversationId();
        var body = Complete("""{"type":"conversationUpdate","id":"f:1","membersAdded":[{"id":"28:bot"},{"id":"29:user"}]}""", conversationId);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertWelcomeCard(Assert.Single(await _connector.WaitForActivitiesAsync(1, conversationId: conversationId), a => a.Attachments is not null));
    }

    [Fact]
    public async Task Post_ConversationUpdateWithOnlyTheBotAdded_Returns200AndSendsNothing()
    {
        var conversationId = NewConversationId();
        var body = Complete("""{"type":"conversationUpdate","id":"f:1","membersAdded":[{"id":"28:bot"}]}""", conversationId);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.SentActivities(conversationId));
    }

    [Theory]
    [InlineData("teams-personal-message.json")]
    [InlineData("teams-channel-message-bot-mention.json")]
    [InlineData("teams-channel-message-user-mention.json")]
    [InlineData("webchat-message.json")]
    public async Task Post_RealMessagePayload_Returns200AndARepliesToTheSender(string payload)
    {
        var (body, activity) = RealPayload(payload);

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conversationId = activity["conversation"]!["id"]!.GetValue<string>();
        Assert.All(await _connector.WaitForActivitiesAsync(1, conversationId: conversationId), reply =>
        {
            Assert.Equal(activity["from"]!["id"]!.GetValue<string>(), reply.Recipient?.Id);
            Assert.Equal(activity["recipient"]!["id"]!.GetValue<string>(), reply.From?.Id);
            Assert.Equal(activity["id"]?.GetValue<string>(), reply.ReplyToId);
        });
    }

    [Fact]
    public async Task Post_RealTeamsBotAddedToPersonalChat_Returns200AndTheWelcomeCardArrives()
    {
        var (body, activity) = RealPayload("teams-conversationupdate-bot-added-personal.json");

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conversationId = activity["conversation"]!["id"]!.GetValue<string>();
        AssertWelcomeCard(Assert.Single(await _connector.WaitForActivitiesAsync(1, conversationId: conversationId), a => a.Attachments is not null));
    }

    [Fact]
    public async Task Post_RealTeamsBotAddedToTeam_Returns200AndSendsNothing()
    {
        var (body, activity) = RealPayload("teams-conversationupdate-bot-added-team.json");

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.SentActivities(activity["conversation"]!["id"]!.GetValue<string>()));
    }

    private static int MaxBytes => new BotEndpointOptions().MaxActivityBytes;

    private static string NewConversationId() => "a:" + Guid.NewGuid().ToString("N");

    private static string Padding(int length) => new('x', Math.Max(0, length));

    private static void AssertWelcomeCard(BotFramework.Schema.Activity welcome)
    {
        var attachment = Assert.Single(welcome.Attachments!);
        Assert.Equal(AdaptiveCard, attachment.ContentType);
        var card = JsonNode.Parse(attachment.Content!.Value.GetRawText())!;
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        var texts = card["body"]!.AsArray().Select(block => block!["text"]?.GetValue<string>());
        Assert.Contains(new TextCatalog().Get("welcome.title"), texts);
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private (string Body, JsonNode Activity) RealPayload(string name)
    {
        var activity = JsonNode.Parse(Payloads.Read(name))!;
        activity["serviceUrl"] = _connector.ServiceUrl;
        return (activity.ToJsonString(), activity);
    }

    private string Message(string conversationId, string id, string text = "hello") =>
        Complete($$"""{"type":"message","id":"{{id}}","text":"{{text}}"}""", conversationId);

    /// <summary>Adds the routing fields a channel always sends, unless the fragment sets them itself.</summary>
    private string Complete(string fragment, string conversationId)
    {
        var node = JsonNode.Parse(fragment)!.AsObject();
        node.TryAdd("channelId", "msteams");
        node.TryAdd("serviceUrl", _connector.ServiceUrl);
        node.TryAdd("from", new JsonObject { ["id"] = "29:user", ["name"] = "Megan" });
        node.TryAdd("recipient", new JsonObject { ["id"] = "28:bot", ["name"] = "Runner's Knee Coach" });
        node.TryAdd("conversation", new JsonObject { ["id"] = conversationId });
        return node.ToJsonString();
    }

    private Task<HttpResponseMessage> PostAsync(string body) =>
        _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task<ErrorDetailBody> ReadErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ErrorBody>())!.Error;

    private sealed record ErrorBody(ErrorDetailBody Error);

    private sealed record ErrorDetailBody(string Code, string Message);
}
