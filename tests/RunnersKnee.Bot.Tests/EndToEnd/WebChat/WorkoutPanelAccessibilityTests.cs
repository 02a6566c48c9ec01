using System.Text.Json;
using Microsoft.Playwright;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>
/// The workout panel for someone at a desk and for someone who uses a keyboard or a screen reader: on a desktop it
/// sits above the chat (the send box stays usable, no half-empty bubble), every control is reached with Tab and
/// works with Enter, and axe-core (the npm package the test run installs) finds no WCAG 2 A/AA problem in it,
/// contrast included, on a desktop and on a phone, running and paused.
/// </summary>
public sealed class WorkoutPanelAccessibilityTests
{
    private static readonly string Axe = Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task Panel_OnADesktop_SitsAboveTheChat_WorksFromTheKeyboard_AndPassesAxe()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N")),
        });
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 1280, height: 800);
        var chat = await WebChatWorkout.ReachAsync(app, page);
        await WebChatWorkout.SkipToAsync(chat, 4, "Straight-Leg Raise");
        await chat.ClickCardButtonAsync("Start timer");
        var panel = page.GetByTestId("rk-panel");
        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Move", new() { Timeout = 10_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "timer-8-desktop.png") });

        // Above the chat, not over it: the send box is still on screen and free, and the transcript keeps one line.
        var box = (await panel.BoundingBoxAsync())!;
        var sendBox = (await page.Locator("[data-id='webchat-sendbox-input']").BoundingBoxAsync())!;
        Assert.True(box.Height < 0.6 * 800, $"The panel is {box.Height} px high on an 800 px screen.");
        Assert.True(sendBox.Y > box.Y + box.Height, "The send box is under the panel.");
        var line = (await page.GetByTestId("rk-timer").Last.BoundingBoxAsync())!;
        Assert.True(line.Height < 48, $"The timer's line in the chat is {line.Height} px high.");
        Assert.Empty(await AxeViolationsAsync(page));

        // From the page's heading, Tab reaches Pause; Enter pauses.
        await page.Locator(".site-header__title").ClickAsync();
        var reached = false;
        for (var presses = 0; presses < 40 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("document.activeElement && document.activeElement.dataset.testid === 'rk-panel-pause'");
        }

        Assert.True(reached, "Tab never reached the panel's Pause button.");
        await page.Keyboard.PressAsync("Enter");
        await Expect(panel).ToHaveAttributeAsync("data-state", "paused", new() { Timeout = 2_000 });
        await chat.SeeAsync("Paused at");
        Assert.Empty(await AxeViolationsAsync(page));

        // The same panel on a phone, paused.
        await page.SetViewportSizeAsync(390, 844);
        Assert.Empty(await AxeViolationsAsync(page));
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
        Assert.True(problems.Warnings.Count == 0, string.Join(Environment.NewLine, problems.Warnings));
    }

    /// <summary>axe-core's WCAG 2 A and AA rules over the panel: "rule: target" for each violation.</summary>
    private static async Task<List<string>> AxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("typeof window.axe !== 'undefined'"))
        {
            // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not block.
            await page.EvaluateAsync(await File.ReadAllTextAsync(Axe) + "\n;true");
        }

        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run('#rk-workout-panel', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
              return JSON.stringify(result.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' '))));
            }
            """);
        return [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetString()!)];
    }
}
