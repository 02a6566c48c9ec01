using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RunnersKnee.DirectLine.Tests;

/// <summary>Speaks Direct Line 3.0 over HTTP as DirectLineJS does, and hands back what the wire carried.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <param name="body">What the page sends: none, or <c>{"person": "..."}</c> with the person token it kept.</param>
    public async Task<PageToken> GetPageTokenAsync(string? body = null)
    {
        using var content = body is null ? null : new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("api/directline/token", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<PageToken>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
    }

    /// <summary>A fresh page token, with its conversation started (the bot's welcome is in the log).</summary>
    public async Task<PageToken> StartConversationAsync()
    {
        var page = await GetPageTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "v3/directline/conversations", page.Token, """{"user":{"id":"ignored"},"locale":"en-US"}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return page;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Posts a message as Web Chat does (with a <c>clientActivityID</c>); returns the id the service answered.</summary>
    public async Task<string> PostMessageAsync(PageToken page, string text, string clientActivityId = "client-1")
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = "someone-else", name = "Pat", role = "user" },
            channelData = new { clientActivityID = clientActivityId },
        });
        using var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{page.ConversationId}/activities", page.Token, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadJsonAsync(response)).GetProperty("id").GetString()!;
    }

    public async Task<ActivitySet> GetActivitiesAsync(PageToken page, string? watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}/activities?watermark={watermark}", page.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ActivitySet.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every activity in the conversation, from the start, following watermarks until a page is empty.</summary>
    public async Task<List<JsonElement>> GetAllActivitiesAsync(PageToken page)
    {
        var all = new List<JsonElement>();
        var watermark = string.Empty;
        while (true)
        {
            var set = await GetActivitiesAsync(page, watermark);
            if (set.Activities.Count == 0)
            {
                return all;
            }

            all.AddRange(set.Activities);
            watermark = set.Watermark;
        }
    }
}
