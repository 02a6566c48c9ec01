using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>The pages under their real Content-Security-Policy in headless Chromium: they work, and injected script does not.</summary>
public sealed class ContentSecurityPolicyPageTests
{
    // Registered before any page script: every CSP violation the browser reports, as text.
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    [Fact]
    public async Task ChatPage_UnderThePolicy_WebChatRunsAndAnInjectedInlineScriptIsBlocked()
    {
        await using var app = new BotApp();
        var texts = app.Services.GetRequiredService<TextCatalog>();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync();
        await page.AddInitScriptAsync(RecordViolations);
        var chat = new ChatPage(page);

        await page.GotoAsync(app.BaseAddress.ToString());
        await chat.SeeAsync(texts.Get("welcome.start"));
        await chat.TypeAsync("hi");
        await chat.SeeAsync("Where does your knee hurt?");
        var violationsWhileChatting = await page.EvaluateAsync<string[]>("window.__violations");
        var injected = await page.EvaluateAsync<bool>("""
            () => { const s = document.createElement('script'); s.textContent = 'window.__injected = true'; document.body.appendChild(s); return window.__injected === true; }
            """);
        await page.WaitForFunctionAsync("window.__violations.length > 0");

        Assert.Empty(violationsWhileChatting);
        Assert.False(injected);
        Assert.StartsWith("script-src", (await page.EvaluateAsync<string[]>("window.__violations"))[0], StringComparison.Ordinal);
        Assert.DoesNotContain(problems.All, p => !p.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TimerPage_MalformedQuery_ShowsTheTitleAsTextAndRunsWithoutErrors()
    {
        await using var app = new BotApp();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync();
        await page.AddInitScriptAsync(RecordViolations);
        const string Title = "<img src=x onerror=alert(1)>";

        await page.GotoAsync($"{app.BaseAddress}timer.html?title={Uri.EscapeDataString(Title)}&reps=abc&phases={Uri.EscapeDataString("hold,x,y;;,,;rest,-1,1e400,NaN")}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        await Expect(page.Locator("#title")).ToHaveTextAsync(Title);
        await Expect(page.Locator("#phase")).ToHaveTextAsync("Set done");
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }
}
