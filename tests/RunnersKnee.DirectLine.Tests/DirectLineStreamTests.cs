using System.Net;
using System.Net.WebSockets;

namespace RunnersKnee.DirectLine.Tests;

public sealed class DirectLineStreamTests
{
    [Fact]
    public async Task Stream_Connected_ReplaysWelcomeThenDeliversEchoAndReply()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var (page, streamUrl) = await StartWithStreamAsync(client);
        await using var stream = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await stream.WaitForTextAsync("welcome");

        var id = await client.PostMessageAsync(page, "hello", clientActivityId: "c-42");

        var echo = await stream.WaitForTextAsync("hello");
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("c-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        var reply = await stream.WaitForTextAsync("you said: hello");
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.All(stream.Watermarks, w => Assert.True(long.TryParse(w, out _)));
    }

    [Fact]
    public async Task Stream_BotUpdatesAnActivity_RedeliversItWithSameIdAndOriginalTimestamp()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var (page, streamUrl) = await StartWithStreamAsync(client);
        await using var stream = await DirectLineStreamClient.ConnectAsync(streamUrl);
        var welcome = await stream.WaitForTextAsync("welcome");
        var welcomeId = welcome.GetProperty("id").GetString()!;
        host.Time.Advance(TimeSpan.FromSeconds(5));

        await client.PostMessageAsync(page, $"update {welcomeId}");

        var updated = await stream.WaitForTextAsync("updated");
        Assert.Equal(welcomeId, updated.GetProperty("id").GetString());
        Assert.Equal(welcome.GetProperty("timestamp").GetDateTimeOffset(), updated.GetProperty("timestamp").GetDateTimeOffset());
        var fromStart = await client.GetAllActivitiesAsync(page);
        Assert.Single(fromStart, a => a.GetProperty("id").GetString() == welcomeId);
    }

    [Fact]
    public async Task Stream_ReconnectWithWatermark_ReplaysOnlyWhatCameAfterIt()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();
        await client.PostMessageAsync(page, "before");
        var watermark = (await client.GetActivitiesAsync(page)).Watermark;
        await client.PostMessageAsync(page, "after");

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}?watermark={watermark}", page.Token);
        var streamUrl = (await DirectLineTestClient.ReadJsonAsync(reconnect)).GetProperty("streamUrl").GetString()!;
        await using var stream = await DirectLineStreamClient.ConnectAsync(streamUrl);

        var first = await stream.WaitForAsync(_ => true, "any activity");
        Assert.Equal("after", first.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Stream_SecondSocketForSameConversation_ClosesTheFirstAsCollision()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var (page, streamUrl) = await StartWithStreamAsync(client);
        await using var first = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await first.WaitForTextAsync("welcome");

        await using var second = await DirectLineStreamClient.ConnectAsync(streamUrl);
        await first.WaitForCloseAsync();
        await client.PostMessageAsync(page, "still here");

        Assert.Equal("collision", first.CloseDescription);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, first.CloseStatus);
        await second.WaitForTextAsync("you said: still here");
    }

    [Fact]
    public async Task Stream_ExpiredOrForeignStreamUrl_RefusesTheHandshakeWith403()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var (_, streamUrlA) = await StartWithStreamAsync(client);
        var (pageB, _) = await StartWithStreamAsync(client);
        var foreign = streamUrlA.Replace(streamUrlA.Split('/')[^2], pageB.ConversationId, StringComparison.Ordinal);

        var foreignStatus = await DirectLineStreamClient.RefusedStatusAsync(foreign);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        var expiredStatus = await DirectLineStreamClient.RefusedStatusAsync(streamUrlA);

        Assert.Equal((int)HttpStatusCode.Forbidden, foreignStatus);
        Assert.Equal((int)HttpStatusCode.Forbidden, expiredStatus);
    }

    private static async Task<(PageToken Page, string StreamUrl)> StartWithStreamAsync(DirectLineTestClient client)
    {
        var page = await client.GetPageTokenAsync();
        using var response = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", page.Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (page, (await DirectLineTestClient.ReadJsonAsync(response)).GetProperty("streamUrl").GetString()!);
    }
}
