using System.Net;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Tests.Infrastructure;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>The headers a browser gets from every page and endpoint, and the move to https outside Development.</summary>
public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/timer.html")]
    [InlineData("GET", "/privacy.html")]
    [InlineData("POST", "/api/directline/token")]
    [InlineData("GET", "/no-such-page")]
    public async Task AnyResponse_CarriesTheContentSecurityPolicyAndBrowserProtections(string method, string path)
    {
        await using var app = new BotApp();
        using var client = app.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var csp = Directives(response);
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'self'", csp["base-uri"]);
        Assert.Contains($"ws://{app.BaseAddress.Authority}", csp["connect-src"], StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com", csp["frame-ancestors"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", string.Join(";", csp.Values), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("microphone=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentSecurityPolicy_AzureDirectLineSecretConfigured_LetsWebChatReachAzure()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["DirectLine:Secret"] = "a-secret-for-the-test" });
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/");

        var connect = Directives(response)["connect-src"];
        Assert.Contains("https://directline.botframework.com", connect, StringComparison.Ordinal);
        Assert.Contains("wss://directline.botframework.com", connect, StringComparison.Ordinal);
        Assert.DoesNotContain("a-secret-for-the-test", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentSecurityPolicy_AnotherHostHeader_AllowsOnlyThatHostsSocketAndNoScript()
    {
        await using var app = new BotApp();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.DoesNotContain("evil.example", Directives(response)["script-src"], StringComparison.Ordinal);
        Assert.Equal("'self' ws://evil.example https://res.cdn.office.net", Directives(response)["connect-src"]);
    }

    [Fact]
    public async Task FrameAncestors_Configured_ReplaceTheTeamsDefault()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Security:FrameAncestors:0"] = "https://intranet.example.com" });
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/timer.html");

        Assert.Equal("'self' https://intranet.example.com", Directives(response)["frame-ancestors"]);
    }

    [Fact]
    public async Task PlainHttp_OutsideDevelopmentWithAnHttpsPort_RedirectsToHttps()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["https_port"] = "8443" });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        using var response = await client.GetAsync("/index.html?x=1");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"https://{app.BaseAddress.Host}:8443/index.html?x=1", response.Headers.Location?.ToString());
        Assert.Equal(TimeSpan.FromDays(365), app.Services.GetRequiredService<IOptions<HstsOptions>>().Value.MaxAge);
    }

    [Fact]
    public async Task PlainHttp_EnforceHttpsOff_IsServed()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["https_port"] = "8443", ["Security:EnforceHttps"] = "false" });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        using var response = await client.GetAsync("/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ', 2)[0], d => d.Split(' ', 2).ElementAtOrDefault(1) ?? string.Empty);
}
