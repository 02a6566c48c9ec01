using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RunnersKnee.DirectLine.Tests;

public sealed class DirectLineTokenTests
{
    [Fact]
    public async Task PageToken_Embedded_IsAJwtBoundToOneConversationAndAServerChosenDlUser()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);

        var first = await client.GetPageTokenAsync();
        var second = await client.GetPageTokenAsync();

        var claims = Claims(first.Token);
        Assert.StartsWith("dl_", first.UserId, StringComparison.Ordinal);
        Assert.Equal(first.UserId, claims.GetProperty("user").GetString());
        Assert.Equal(first.ConversationId, claims.GetProperty("conv").GetString());
        Assert.Equal($"http://{host.BaseAddress.Authority}/v3/directline", first.Domain);
        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.NotEqual(first.UserId, second.UserId);
    }

    [Fact]
    public async Task PageToken_WithThePersonTokenKeptFromLastVisit_IsANewConversationForTheSameUser()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var first = await client.GetPageTokenAsync();

        host.Time.Advance(TimeSpan.FromDays(3));
        var back = await client.GetPageTokenAsync(JsonSerializer.Serialize(new { person = first.Person }));

        Assert.Equal(first.UserId, back.UserId);
        Assert.Equal(first.UserId, Claims(back.Token).GetProperty("user").GetString());
        Assert.NotEqual(first.ConversationId, back.ConversationId);
        Assert.Equal("person", Claims(back.Person).GetProperty("use").GetString());
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("conversation token")]
    [InlineData("expired")]
    [InlineData("not JSON")]
    public async Task PageToken_WithABadPersonToken_IsANewUser(string kind)
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var first = await client.GetPageTokenAsync();
        var body = kind switch
        {
            "tampered" => JsonSerializer.Serialize(new { person = Tamper(first.Person) }),
            "conversation token" => JsonSerializer.Serialize(new { person = first.Token }),
            "not JSON" => "{person:",
            _ => JsonSerializer.Serialize(new { person = first.Person }),
        };
        if (kind == "expired")
        {
            host.Time.Advance(TimeSpan.FromDays(31));
        }

        var next = await client.GetPageTokenAsync(body);

        Assert.NotEqual(first.UserId, next.UserId);
        Assert.StartsWith("dl_", next.UserId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonToken_AsABearerToken_Returns403()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        using var read = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}/activities?watermark=", page.Person);
        using var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", page.Person);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.True(start.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"Starting with a person token answered {(int)start.StatusCode}.");
    }

    [Fact]
    public async Task TokenOfConversationA_ReadingOrPostingToB_Returns403()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var a = await client.StartConversationAsync();
        var b = await client.StartConversationAsync();

        using var read = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{b.ConversationId}/activities?watermark=", a.Token);
        using var post = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{b.ConversationId}/activities", a.Token, """{"type":"message","text":"intruder"}""");
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{b.ConversationId}?watermark=", a.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.DoesNotContain((await client.GetAllActivitiesAsync(b)).Select(a => a.GetProperty("text").GetString()), text => text == "intruder");
    }

    [Fact]
    public async Task ExpiredToken_ReadPostAndRefresh_Return403()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();

        host.Time.Advance(TimeSpan.FromMinutes(31));
        using var read = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}/activities?watermark=", page.Token);
        using var post = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{page.ConversationId}/activities", page.Token, """{"type":"message","text":"late"}""");
        using var refresh = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", page.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task TamperedToken_ClaimsRewrittenToAnotherConversation_Returns403()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var a = await client.StartConversationAsync();
        var b = await client.StartConversationAsync();
        var parts = a.Token.Split('.');
        var forgedClaims = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace(a.ConversationId, b.ConversationId, StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(forgedClaims))}.{parts[2]}";
        var unsigned = $"{Base64UrlEncode("""{"alg":"none","typ":"JWT"}"""u8.ToArray())}.{parts[1]}.";

        using var forgedRead = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{b.ConversationId}/activities?watermark=", forged);
        using var unsignedRead = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{a.ConversationId}/activities?watermark=", unsigned);
        using var garbage = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", "undefined");

        Assert.Equal(HttpStatusCode.Forbidden, forgedRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unsignedRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
    }

    [Fact]
    public async Task NoAuthorization_Returns401()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);

        using var response = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidToken_ReturnsLongerLivedTokenThatStillWorksAfterTheOldOneExpires()
    {
        await using var host = await DirectLineHost.StartAsync();
        using var http = host.CreateClient();
        var client = new DirectLineTestClient(http);
        var page = await client.StartConversationAsync();
        host.Time.Advance(TimeSpan.FromMinutes(15));

        using var refresh = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", page.Token);
        var body = await DirectLineTestClient.ReadJsonAsync(refresh);
        host.Time.Advance(TimeSpan.FromMinutes(20));
        var refreshed = page with { Token = body.GetProperty("token").GetString()! };
        using var withOld = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{page.ConversationId}/activities?watermark=", page.Token);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(page.ConversationId, body.GetProperty("conversationId").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt64(), 1700, 1800);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal("welcome", (await client.GetActivitiesAsync(refreshed)).Activities[0].GetProperty("text").GetString());
        Assert.Equal(page.UserId, Claims(refreshed.Token).GetProperty("user").GetString());
    }

    [Fact]
    public async Task ConfiguredSigningKey_TooShort_StopsTheAppFromStarting()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[16]) };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => DirectLineHost.StartAsync(settings));

        Assert.Contains("TokenSigningKey", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredSigningKey_SameKeyAfterRestart_StillAcceptsTheToken()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()) };
        PageToken page;
        await using (var before = await DirectLineHost.StartAsync(settings))
        {
            using var http = before.CreateClient();
            page = await new DirectLineTestClient(http).GetPageTokenAsync();
        }

        await using var after = await DirectLineHost.StartAsync(settings);
        using var client = after.CreateClient();
        using var refresh = await new DirectLineTestClient(client).SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", page.Token);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    /// <summary>The same token with one claim changed (another user), its signature kept.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlDecode(parts[1]))!;
        claims["user"] = JsonSerializer.SerializeToElement("dl_someone-else");
        var body = Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(claims));
        return $"{parts[0]}.{body}.{parts[2]}";
    }

    private static JsonElement Claims(string token)
    {
        using var document = JsonDocument.Parse(Base64UrlDecode(token.Split('.')[1]));
        return document.RootElement.Clone();
    }

    private static byte[] Base64UrlDecode(string value) => System.Buffers.Text.Base64Url.DecodeFromChars(value);

    private static string Base64UrlEncode(byte[] value) => System.Buffers.Text.Base64Url.EncodeToString(value);
}
