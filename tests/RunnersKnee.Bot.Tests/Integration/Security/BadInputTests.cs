using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Bot.Tests.Integration.Messages;

namespace RunnersKnee.Bot.Tests.Integration.Security;

/// <summary>
/// Bad input at the public endpoints gets a 4xx with a short reason; odd but valid input (any text, forged card
/// data, invokes the bot never offered) gets a polite answer, never an apology for a failed turn.
/// </summary>
public sealed class BadInputTests(HttpContractFixture fixture) : IClassFixture<HttpContractFixture>
{
    private static readonly string Deep = new string('[', 300) + new string(']', 300);

    public static TheoryData<string, string, string, HttpStatusCode> DirectLineBodies => new()
    {
        { "malformed", "application/json", """{"type":"message","text":""", HttpStatusCode.BadRequest },
        { "not JSON", "application/json", "hello", HttpStatusCode.BadRequest },
        { "text is a number", "application/json", """{"type":"message","text":5}""", HttpStatusCode.BadRequest },
        { "nested 300 deep", "application/json", $$"""{"type":"message","value":{{Deep}}}""", HttpStatusCode.BadRequest },
        { "unpaired surrogate", "application/json", """{"type":"message","text":"hi \ud83d"}""", HttpStatusCode.BadRequest },
        { "forged conversationUpdate", "application/json", """{"type":"conversationUpdate","membersAdded":[{"id":"x"}]}""", HttpStatusCode.BadRequest },
        { "forged invoke", "application/json", """{"type":"invoke","name":"adaptiveCard/action","value":{}}""", HttpStatusCode.BadRequest },
        { "no type", "application/json", """{"text":"hi"}""", HttpStatusCode.BadRequest },
        { "form post", "application/x-www-form-urlencoded", "type=message&text=hi", HttpStatusCode.UnsupportedMediaType },
        { "oversize", "application/json", $$"""{"type":"message","text":"{{new string('a', 300 * 1024)}}"}""", HttpStatusCode.RequestEntityTooLarge },
    };

    [Theory]
    [MemberData(nameof(DirectLineBodies))]
    public async Task DirectLinePost_BadBody_Answers4xxWithAShortReasonAndRunsNoTurn(string why, string mediaType, string body, HttpStatusCode expected)
    {
        var (conversationId, token) = await StartDirectLineAsync();
        var before = await DirectLineLogAsync(conversationId, token);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        };

        using var response = await fixture.Client.SendAsync(request);

        Assert.True(expected == response.StatusCode, $"{why}: {(int)response.StatusCode}");
        AssertShortReason(await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await DirectLineLogAsync(conversationId, token));
    }

    [Theory]
    [InlineData("nested 300 deep")]
    [InlineData("unpaired surrogate")]
    public async Task MessagesPost_BadBody_Answers400WithAShortReason(string why)
    {
        var activity = Activity(NewConversationId(), "message");
        var body = why == "unpaired surrogate"
            ? activity.ToJsonString().Replace("\"text\":\"hi\"", "\"text\":\"hi \\ud83d\"", StringComparison.Ordinal)
            : activity.ToJsonString()[..^1] + $",\"value\":{Deep}}}";

        using var response = await fixture.Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertShortReason(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "/api/directline/token", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PUT", "/api/messages", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/v3/directline/nothing/here", HttpStatusCode.NotFound)]
    [InlineData("GET", "/v3/directline/conversations//activities", HttpStatusCode.NotFound)]
    public async Task UnknownRouteOrMethod_Answers4xxWithAShortReason(string method, string path, HttpStatusCode expected)
    {
        using var response = await fixture.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
        AssertShortReason(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_TheBotNeverOffered_Answers400NotAServerError()
    {
        var activity = Activity(NewConversationId(), "invoke");
        activity["name"] = "composeExtension/query";

        using var response = await fixture.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertShortReason(await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> OddTexts => new()
    {
        { "long", string.Concat(Enumerable.Repeat("my knee hurts when I run downhill and ", 2_000)) },
        { "emoji", "🦵😣🏃‍♀️🔥" },
        { "Chinese", "我的膝盖后面疼" },
        { "Arabic", "ركبتي تؤلمني عند الجري" },
        { "markup", "<script>alert(1)</script> **bold** [x](javascript:alert(1))" },
        { "controls", "\u0000\u0007\u001b[31m\u202E" },
        { "only spaces", "   " },
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task Message_AnyText_GetsASensibleReply(string why, string text)
    {
        var texts = fixture.App.Services.GetRequiredService<TextCatalog>();
        var person = new ConversationDriver(fixture.Client, fixture.Connector);
        await person.SayAsync("hi");

        await person.SayAsync(text);

        Assert.True(person.Last.Count > 0, $"{why}: no reply");
        Assert.DoesNotContain(texts.Get("error.general"), person.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", person.LastText, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ForgedSubmits => new()
    {
        { "answer not on the card", """{"answer":"elbow","q":"location"}""" },
        { "question id forged", """{"answer":"kneecap","q":"age"}""" },
        { "answer of the wrong type", """{"answer":{"x":1},"q":"location"}""" },
        { "unknown command", """{"command":"DeleteAllUsers"}""" },
        { "pain report without a number", """{"command":"PainReport"}""" },
        { "workout step forged", """{"command":"Done","sessionId":"not-yours","step":99}""" },
        { "nothing", "{}" },
    };

    [Theory]
    [MemberData(nameof(ForgedSubmits))]
    public async Task CardSubmit_MissingOrForgedFields_IsRefusedPolitelyAndChangesNothing(string why, string data)
    {
        var texts = fixture.App.Services.GetRequiredService<TextCatalog>();
        var person = new ConversationDriver(fixture.Client, fixture.Connector);
        await person.SayAsync("hi");

        await person.SubmitAsync(JsonNode.Parse(data)!.AsObject());
        var reply = person.LastText;
        await person.SayAsync("behind the kneecap");

        Assert.False(string.IsNullOrWhiteSpace(reply), $"{why}: no reply");
        Assert.DoesNotContain(texts.Get("error.general"), reply, StringComparison.Ordinal);
        Assert.Contains("How does it feel?", person.LastText, StringComparison.Ordinal);
    }

    private static void AssertShortReason(string body)
    {
        var message = JsonNode.Parse(body)?["error"]?["message"]?.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(message), body);
        Assert.True(message.Length <= 200, message);
    }

    private static string NewConversationId() => "bad-" + Guid.NewGuid().ToString("N");

    private JsonObject Activity(string conversationId, string type) => new()
    {
        ["type"] = type,
        ["id"] = "1",
        ["text"] = "hi",
        ["channelId"] = "msteams",
        ["serviceUrl"] = fixture.Connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
    };

    private async Task<(string ConversationId, string Token)> StartDirectLineAsync()
    {
        using var tokenResponse = await fixture.Client.PostAsync("/api/directline/token", null);
        var page = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        var token = page["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using var started = await fixture.Client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (page["conversationId"]!.GetValue<string>(), token);
    }

    private async Task<string> DirectLineLogAsync(string conversationId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        };
        using var response = await fixture.Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
