using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.Integration.Reminders;

/// <summary>
/// Through the embedded Direct Line, as the page's Web Chat 4.18 posts a message (its postActivitySaga adds
/// <c>localTimezone</c> from the browser and <c>localTimestamp</c> with its offset): the zone reaches the coach, and
/// without a zone name the offset is used and the reply says so.
/// </summary>
public sealed class WebChatTimeZoneTests
{
    [Theory]
    [InlineData(""","localTimezone":"Asia/Kolkata","localTimestamp":"2026-06-08T13:00:00.000+05:30" """, "every day at 19:00 (Asia/Kolkata time)")]
    [InlineData(""","localTimestamp":"2026-06-08T13:00:00.000+05:30" """, "every day at 19:00 (UTC+05:30: your chat gave only its clock's offset")]
    public async Task RemindMe_OverTheEmbeddedDirectLine_UsesTheZoneWebChatSends(string timeFields, string expected)
    {
        await using var app = new BotApp();
        using var client = app.CreateClient();
        using var tokenResponse = await client.PostAsync("/api/directline/token", null);
        var page = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        var (conversationId, token) = (page["conversationId"]!.GetValue<string>(), page["token"]!.GetValue<string>());
        await DirectLineAsync(client, HttpMethod.Post, "/v3/directline/conversations", token);

        await DirectLineAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, $$"""{"type":"message","text":"remind me every day at 7pm","locale":"en-US"{{timeFields.Trim()}}}""");

        var log = await DirectLineAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=", token);
        var said = string.Join("\n", JsonNode.Parse(log)!["activities"]!.AsArray().Select(activity => activity?["text"]?.GetValue<string>()));
        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.Contains("In the web chat a reminder waits in this conversation", said, StringComparison.Ordinal);
    }

    private static async Task<string> DirectLineAsync(HttpClient client, HttpMethod method, string path, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
