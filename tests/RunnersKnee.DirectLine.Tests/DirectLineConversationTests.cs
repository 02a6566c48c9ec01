using System.Net;

namespace RunnersKnee.DirectLine.Tests;

public sealed class DirectLineConversationTests
{
    [Fact]
    public async Task StartConversation_NewToken_Returns201WithTokenStreamUrlAndSendsWelcome()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.GetPageTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", page.Token, """{"user":{"id":"x"},"locale":"en-US"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await DirectLineTestClient.ReadJsonAsync(response);
        Assert.Equal(page.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
        Assert.InRange(body.GetProperty("expires_in").GetInt64(), 1700, 1800);
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{page.ConversationId}/stream?t=", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        var welcome = Assert.Single((await client.GetActivitiesAsync(page)).Activities);
        Assert.Equal("welcome", welcome.GetProperty("text").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(page.UserId, welcome.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task StartConversation_SameTokenAgain_Returns200AndNoSecondWelcome()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        using var again = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", page.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(page)).Activities);
    }

    [Fact]
    public async Task PostActivity_Message_EchoesWithServerIdClientActivityIdAndTokenUserThenReply()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        var id = await client.PostMessageAsync(page, "hello", clientActivityId: "abc-123");

        Assert.Equal($"{page.ConversationId}|0000002", id);
        var after = (await client.GetActivitiesAsync(page, "1")).Activities;
        Assert.Equal(2, after.Count);
        var echo = after[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("hello", echo.GetProperty("text").GetString());
        Assert.Equal("abc-123", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(page.UserId, echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("webchat", echo.GetProperty("channelId").GetString());
        Assert.Equal("bot", echo.GetProperty("recipient").GetProperty("id").GetString());
        Assert.True(echo.TryGetProperty("timestamp", out _));
        var reply = after[1];
        Assert.Equal("you said: hello", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task PostActivity_TwoReplies_ArriveInOrderWithIncreasingTimestamps()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        await client.PostMessageAsync(page, "two");

        var activities = await client.GetAllActivitiesAsync(page);
        Assert.Equal(["welcome", "two", "first", "second"], activities.Select(a => a.GetProperty("text").GetString()));
        var stamps = activities.Select(a => a.GetProperty("timestamp").GetDateTimeOffset()).ToList();
        Assert.Equal(stamps.OrderBy(s => s), stamps);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
    }

    [Fact]
    public async Task GetActivities_Watermarks_PageThroughTheLogAndAlwaysReturnAWatermark()
    {
        await using var host = await DirectLineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerPage"] = "2" });
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();
        await client.PostMessageAsync(page, "one");
        await client.PostMessageAsync(page, "two");

        var first = await client.GetActivitiesAsync(page, "");
        var second = await client.GetActivitiesAsync(page, first.Watermark);
        var third = await client.GetActivitiesAsync(page, second.Watermark);
        var last = await client.GetActivitiesAsync(page, third.Watermark);
        var nonNumeric = await client.GetActivitiesAsync(page, "not-a-number");

        Assert.Equal(["welcome", "one"], first.Activities.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal(["you said: one", "two"], second.Activities.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal(["first", "second"], third.Activities.Select(a => a.GetProperty("text").GetString()));
        Assert.Empty(last.Activities);
        Assert.Equal(third.Watermark, last.Watermark);
        Assert.Equal(first.Activities.Select(a => a.GetProperty("id").GetString()), nonNumeric.Activities.Select(a => a.GetProperty("id").GetString()));
        Assert.All(new[] { first, second, third, last, nonNumeric }, set => Assert.False(string.IsNullOrEmpty(set.Watermark)));
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReturnsSameConversationTokenAndStreamUrlFromThatWatermark()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}?watermark=1", page.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadJsonAsync(response);
        Assert.Equal(page.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.Equal(page.Token, body.GetProperty("token").GetString());
        Assert.EndsWith("&watermark=1", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_BotStorageDown_Returns502AndTheUserSeesTheApology()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        using var response = await client.SendAsync(
            HttpMethod.Post,
            $"v3/directline/conversations/{page.ConversationId}/activities",
            page.Token,
            """{"type":"message","text":"storage down","channelData":{"clientActivityID":"c9"}}""");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("BotError", (await DirectLineTestClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
        var texts = (await client.GetAllActivitiesAsync(page)).Select(a => a.GetProperty("text").GetString());
        Assert.Equal(["welcome", "storage down", "sorry"], texts);
    }

    [Fact]
    public async Task PostActivity_NoType_Returns400()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{page.ConversationId}/activities", page.Token, """{"text":"hi"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(page)).Activities);
    }

    [Fact]
    public async Task GetActivities_ConversationNeverStarted_Returns404()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.GetPageTokenAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}/activities?watermark=", page.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", (await DirectLineTestClient.ReadJsonAsync(response)).GetProperty("error").GetProperty("code").GetString());
    }
}
