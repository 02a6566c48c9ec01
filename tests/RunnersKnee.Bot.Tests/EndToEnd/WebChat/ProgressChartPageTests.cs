using Microsoft.Playwright;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>The progress card in the real chat page on a phone: after two short sessions its pain-trend picture loads (same origin, under the page's CSP) with its alt text.</summary>
public sealed class ProgressChartPageTests
{
    [Fact]
    public async Task MyProgress_AfterTwoSessions_ShowsTheChartImageLoaded()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N")),
        });
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(390, 844);
        var chat = await WebChatWorkout.ReachAsync(app, page);

        await FinishAsync(chat, painAfter: "3", sessions: 1, okSoFar: 1);
        await chat.TypeAsync("start workout");
        await chat.SeeAsync("Before we start");
        await chat.TypeAsync("2");
        await chat.SeeCountAsync("is OK for exercise", 2);
        await FinishAsync(chat, painAfter: "1", sessions: 2, okSoFar: 3);
        await chat.TypeAsync("my progress");
        await chat.SeeAsync("This week: 2 of 3 sessions.");

        var chart = chat.Bubbles.Last.Locator("img[alt^='Chart of your pain']");
        await Expect(chart).ToBeVisibleAsync(ChatPage.Soon);
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await chart.ElementHandleAsync());
        Assert.Equal(900, await chart.EvaluateAsync<int>("img => img.naturalWidth"));
        Assert.Contains("After: 3 on", await chart.GetAttributeAsync("alt"), StringComparison.Ordinal);
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    /// <summary>One set, stop, and a tap on the pain after; <paramref name="okSoFar"/> is how many "is OK for exercise" answers the chat then shows.</summary>
    private static async Task FinishAsync(ChatPage chat, string painAfter, int sessions, int okSoFar)
    {
        await chat.TypeAsync("done");
        await chat.TypeAsync("stop");
        await chat.SeeCountAsync("How does your knee feel now", sessions);
        await chat.ClickCardButtonAsync(painAfter);
        await chat.SeeCountAsync("is OK for exercise", okSoFar);
    }
}
