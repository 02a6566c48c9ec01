using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RunnersKnee.DirectLine.Tests;

/// <summary>
/// What a stolen, stale or doctored token gets at the embedded Direct Line: nothing. Complements
/// <see cref="DirectLineTokenTests"/> (another conversation's token, expired, claims rewritten, <c>alg: none</c>).
/// </summary>
public sealed class DirectLineTokenTheftTests
{
    public static TheoryData<string> Forgeries => new()
    {
        "stream token as bearer",
        "signed by another server",
        "expiry pushed back",
        "user rewritten",
        "truncated signature",
        "extra segment",
        "header swapped to HS512",
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task DoctoredToken_EveryConversationEndpoint_Returns403AndLeaksNothing(string forgery)
    {
        await using var host = await DirectLineHost.StartAsync();
        await using var otherServer = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        using var otherHttp = otherServer.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();
        await client.PostMessageAsync(page, "private words");
        var token = await ForgeAsync(forgery, client, page, new DirectLineTestClient(otherHttp));
        var activities = $"v3/directline/conversations/{page.ConversationId}/activities";

        using var read = await client.SendAsync(HttpMethod.Get, activities + "?watermark=", token);
        using var post = await client.SendAsync(HttpMethod.Post, activities, token, """{"type":"message","text":"injected"}""");
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}?watermark=", token);
        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        using var refresh = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);

        foreach (var response in new[] { read, post, reconnect, start, refresh })
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{forgery}: {response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.AbsolutePath} answered {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("private words", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\"token\"", body, StringComparison.Ordinal);
        }

        var texts = (await client.GetAllActivitiesAsync(page)).Select(a => a.TryGetProperty("text", out var text) ? text.GetString() : null);
        Assert.DoesNotContain("injected", texts);
    }

    [Fact]
    public async Task ExpiredToken_ReconnectAndStart_Return403()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        host.Time.Advance(TimeSpan.FromMinutes(31));
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}?watermark=", page.Token);
        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", page.Token);

        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
    }

    [Fact]
    public async Task RefreshedTokenOfConversationA_UsedOnB_Returns403()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var a = await client.StartConversationAsync();
        var b = await client.StartConversationAsync();

        using var refresh = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", a.Token);
        var refreshed = (await DirectLineTestClient.ReadJsonAsync(refresh)).GetProperty("token").GetString();
        using var read = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{b.ConversationId}/activities?watermark=", refreshed);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task ConversationTokenInPlaceOfTheStreamToken_RefusesTheHandshakeWith403()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var page = await new DirectLineTestClient(http).StartConversationAsync();
        var streamUrl = $"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{page.ConversationId}/stream?t={Uri.EscapeDataString(page.Token)}";

        var status = await DirectLineStreamClient.RefusedStatusAsync(streamUrl);

        Assert.Equal((int)HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task TokenInTheQueryStringInsteadOfTheHeader_Returns401()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        using var read = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}/activities?watermark=&token={Uri.EscapeDataString(page.Token)}", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }

    private static async Task<string> ForgeAsync(string forgery, DirectLineTestClient client, PageToken page, DirectLineTestClient otherServer)
    {
        var parts = page.Token.Split('.');
        switch (forgery)
        {
            case "stream token as bearer":
                using (var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}?watermark=", page.Token))
                {
                    var streamUrl = new Uri((await DirectLineTestClient.ReadJsonAsync(reconnect)).GetProperty("streamUrl").GetString()!);
                    return Uri.UnescapeDataString(streamUrl.Query.Split('&')[0]["?t=".Length..]);
                }

            case "signed by another server":
                // Same conversation id, same claims shape: only the key differs.
                var foreign = (await otherServer.GetPageTokenAsync()).Token.Split('.');
                return $"{foreign[0]}.{WithClaim(foreign[1], "conv", page.ConversationId)}.{foreign[2]}";
            case "expiry pushed back":
                return $"{parts[0]}.{WithClaim(parts[1], "exp", 4_102_444_800L)}.{parts[2]}";
            case "user rewritten":
                return $"{parts[0]}.{WithClaim(parts[1], "user", "dl_someone-else")}.{parts[2]}";
            case "truncated signature":
                return page.Token[..^4];
            case "extra segment":
                return page.Token + ".AAAA";
            default:
                return $"{Encode("""{"alg":"HS512","typ":"JWT"}""")}.{parts[1]}.{parts[2]}";
        }
    }

    private static string WithClaim(string encodedClaims, string claim, JsonNode value)
    {
        var claims = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(encodedClaims))!.AsObject();
        claims[claim] = value;
        return Encode(claims.ToJsonString());
    }

    private static string Encode(string json) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
