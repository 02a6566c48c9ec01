using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.DirectLine.Tests;

public sealed class EmbeddedChannelTests
{
    [Fact]
    public async Task ContinueConversation_StoredReference_LandsInTheLogAndOnTheStream()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.GetPageTokenAsync();
        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", page.Token);
        var streamUrl = (await DirectLineTestClient.ReadJsonAsync(start)).GetProperty("streamUrl").GetString()!;
        await using var stream = await DirectLineStreamClient.ConnectAsync(streamUrl);
        var reference = ReferenceTo(host, page);

        await host.Services.GetRequiredService<BotAdapter>().ContinueConversationAsync(
            reference,
            "reminder",
            value: null,
            (turn, ct) => turn.SendActivityAsync(new Activity { Text = "time to stretch" }, ct),
            CancellationToken.None);

        var pushed = await stream.WaitForTextAsync("time to stretch");
        Assert.Equal(page.UserId, pushed.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Contains((await client.GetAllActivitiesAsync(page)).Select(Text), text => text == "time to stretch");
    }

    [Fact]
    public async Task DeleteActivity_ByBot_RemovesItFromTheTranscriptAndBlanksItOnTheStream()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();
        var welcomeId = (await client.GetActivitiesAsync(page)).Activities[0].GetProperty("id").GetString()!;

        await client.PostMessageAsync(page, $"delete {welcomeId}");

        var activities = await client.GetAllActivitiesAsync(page);
        Assert.DoesNotContain(activities.Select(Text), text => text == "welcome");
        var blank = Assert.Single(activities, a => a.GetProperty("id").GetString() == welcomeId);
        Assert.False(blank.TryGetProperty("attachments", out _));
        Assert.Null(Text(blank));
    }

    [Fact]
    public async Task Log_LongerThanTheLimit_KeepsOnlyTheNewestActivities()
    {
        await using var host = await DirectLineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        for (var i = 1; i <= 6; i++)
        {
            await client.PostMessageAsync(page, $"message {i}", clientActivityId: $"c{i}");
        }

        var activities = await client.GetAllActivitiesAsync(page);
        Assert.Equal(10, activities.Count);
        Assert.Equal("message 2", Text(activities[0]));
        Assert.Equal("you said: message 6", Text(activities[^1]));
    }

    [Fact]
    public async Task Log_LargerThanTheByteBudget_KeepsTheNewestActivitiesWithinIt()
    {
        await using var host = await DirectLineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxTranscriptBytes"] = "65536" });
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();
        var padding = new string('x', 10_000);

        for (var i = 1; i <= 8; i++)
        {
            await client.PostMessageAsync(page, $"message {i} {padding}", clientActivityId: $"c{i}");
        }

        var activities = await client.GetAllActivitiesAsync(page);
        Assert.InRange(activities.Sum(a => a.GetRawText().Length), 40_000, 65_536);
        Assert.DoesNotContain(activities, a => Text(a) == $"message 1 {padding}");
        Assert.Equal($"you said: message 8 {padding}", Text(activities[^1]));
    }

    [Fact]
    public async Task IdleConversation_PastTheTimeout_IsForgottenAndAnswers404()
    {
        await using var host = await DirectLineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:ConversationIdleTimeout"] = "00:01:00" });
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();
        var store = host.Services.GetRequiredService<DirectLineConversationStore>();

        host.Time.Advance(TimeSpan.FromMinutes(2));
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(10);
        while (store.Find(page.ConversationId) is not null && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(20);
        }

        using var response = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}/activities?watermark=", page.Token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StartConversation_AtTheConversationLimit_ForgetsTheLeastRecentlyUsed()
    {
        await using var host = await DirectLineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "2" });
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var oldest = await client.StartConversationAsync();
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var middle = await client.StartConversationAsync();
        host.Time.Advance(TimeSpan.FromSeconds(1));

        var newest = await client.StartConversationAsync();

        using var gone = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{oldest.ConversationId}/activities?watermark=", oldest.Token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Single((await client.GetActivitiesAsync(middle)).Activities);
        Assert.Single((await client.GetActivitiesAsync(newest)).Activities);
    }

    private static ConversationReference ReferenceTo(DirectLineHost host, PageToken page)
    {
        var options = host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        return new ConversationReference
        {
            ChannelId = Channels.WebChat,
            ServiceUrl = options.EmbeddedServiceUrl,
            Conversation = new ConversationAccount { Id = page.ConversationId },
            User = new ChannelAccount { Id = page.UserId },
            Bot = new ChannelAccount { Id = options.BotId, Name = options.BotName },
        };
    }

    private static string? Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) ? text.GetString() : null;
}
