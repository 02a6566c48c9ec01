using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>
/// The workout timer in the real chat page on a phone (390×844) beside the mat: the running set takes the screen
/// with digits readable from two metres, counts move, hold and return for every rep with the content's seconds, keeps
/// the screen awake, obeys pause, resume, stop and start over at once, keeps the rest through a pause, adds 15 s, and
/// survives a reload. Screenshots of each state are kept in artifacts/screenshots.
/// </summary>
public sealed class WebChatTimerTests
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    // Records every phase word the panel shows, with the page's clock, and what the page asks of the wake lock.
    private const string Recorder = """
        window.__phases = [];
        window.__wake = [];
        if (navigator.wakeLock) {
          const request = navigator.wakeLock.request.bind(navigator.wakeLock);
          navigator.wakeLock.request = (type) => {
            window.__wake.push('request');
            return request(type).then((sentinel) => {
              sentinel.addEventListener('release', () => window.__wake.push('release'));
              return sentinel;
            });
          };
        }
        new MutationObserver(() => {
          const phase = document.querySelector('[data-testid="rk-panel-phase"]');
          const rep = document.querySelector('[data-testid="rk-panel-rep"]');
          const text = phase ? phase.textContent + '|' + (rep ? rep.textContent : '') : '';
          const last = window.__phases[window.__phases.length - 1];
          if (text && (!last || last.text !== text)) {
            window.__phases.push({ text, at: performance.now() });
          }
        }).observe(document, { subtree: true, childList: true, characterData: true });
        """;

    [Fact]
    public async Task Set_CountsMoveHoldReturnPerRep_WithTheContentSeconds_OnAFullScreenTimer_ThenTheBotMovesOn()
    {
        await using var app = NewApp();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.AddInitScriptAsync(Recorder);
        var chat = await WebChatWorkout.ReachAsync(app, page);

        // Wall squats, the last exercise: 3 reps of move 3 s, hold 2 s, return 2 s (rep-tempo.json, exercises.json).
        await WebChatWorkout.SkipToAsync(chat, 7, "Wall Squats");
        await chat.ClickCardButtonAsync("Start timer");
        var panel = page.GetByTestId("rk-panel");
        await Expect(panel).ToBeVisibleAsync(ChatPage.Soon);
        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Get ready");
        await Shot(page, "timer-1-lead-in");

        // Readable from the mat: the panel covers the phone's screen and the digits are more than 30% of its width.
        var box = await panel.BoundingBoxAsync();
        Assert.True(box is { Width: >= PhoneWidth - 1, Height: >= PhoneHeight - 1 }, $"The panel is {box?.Width}×{box?.Height}.");
        var digits = await panel.GetByTestId("rk-panel-seconds").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(digits >= 0.3 * PhoneWidth, $"The digits are {digits} px on a {PhoneWidth} px screen.");

        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Hold", new() { Timeout = 10_000 });
        await Expect(panel.GetByTestId("rk-panel-rep")).ToHaveTextAsync("Rep 1 of 3");
        await Shot(page, "timer-2-hold");
        Assert.Equal("held", await page.EvaluateAsync<string>("document.documentElement.dataset.rkWakeLock"));

        // The page reports the end of the set; the bot moves on to the pain check and the panel goes.
        await Expect(chat.Bubbles.Filter(new() { HasText = "How much did Wall Squats hurt" }).Last).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(panel).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("rk-timer").Last).ToHaveAttributeAsync("data-state", "done");

        var phases = await Phases(page);
        var expected = new[]
        {
            ("Get ready|", 3), ("Move|Rep 1 of 3", 3), ("Hold|Rep 1 of 3", 2), ("Return slowly|Rep 1 of 3", 2),
            ("Move|Rep 2 of 3", 3), ("Hold|Rep 2 of 3", 2), ("Return slowly|Rep 2 of 3", 2),
            ("Move|Rep 3 of 3", 3), ("Hold|Rep 3 of 3", 2), ("Return slowly|Rep 3 of 3", 2),
        };
        Assert.Equal(expected.Select(e => e.Item1), phases.Take(expected.Length).Select(p => p.Text));
        for (var i = 0; i < expected.Length - 1; i++)
        {
            var seconds = (phases[i + 1].At - phases[i].At) / 1000;
            Assert.InRange(seconds, expected[i].Item2 - 0.6, expected[i].Item2 + 0.6);
        }

        Assert.Equal(["request", "release"], await page.EvaluateAsync<string[]>("window.__wake"));
        Assert.Equal("released", await page.EvaluateAsync<string>("document.documentElement.dataset.rkWakeLock"));
        NoProblems(problems);
    }

    [Fact]
    public async Task Pause_FreezesAtTheRep_ResumeCarriesOn_StopEndsTheTimerWithinASecond()
    {
        await using var app = NewApp();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.AddInitScriptAsync(Recorder);
        var chat = await WebChatWorkout.ReachAsync(app, page);

        // Straight-leg raise: 15 reps of 7 s, long enough to pause in the middle.
        await WebChatWorkout.SkipToAsync(chat, 4, "Straight-Leg Raise");
        await chat.ClickCardButtonAsync("Start timer");
        var panel = page.GetByTestId("rk-panel");
        await Expect(panel.GetByTestId("rk-panel-rep")).ToHaveTextAsync("Rep 2 of 15", new() { Timeout = 20_000 });

        await panel.GetByTestId("rk-panel-pause").ClickAsync();
        await Expect(panel).ToHaveAttributeAsync("data-state", "paused", new() { Timeout = 1_000 });
        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Paused");
        await Expect(panel.GetByTestId("rk-panel-rep")).ToHaveTextAsync("Paused at rep 2 of 15");
        await chat.SeeAsync("Paused at");
        await Shot(page, "timer-3-paused");
        var frozen = await panel.GetByTestId("rk-panel-seconds").InnerTextAsync();
        await page.WaitForTimeoutAsync(2_000);
        Assert.Equal(frozen, await panel.GetByTestId("rk-panel-seconds").InnerTextAsync());
        Assert.Equal("released", await page.EvaluateAsync<string>("document.documentElement.dataset.rkWakeLock"));

        // The person's tap shows in the chat as their message.
        await chat.SeeAsync("Pause");

        await panel.GetByTestId("rk-panel-resume").ClickAsync();
        await Expect(panel).ToHaveAttributeAsync("data-state", "running", new() { Timeout = 5_000 });
        await Expect(panel.GetByTestId("rk-panel-rep")).ToHaveTextAsync("Rep 2 of 15");
        Assert.Equal("held", await page.EvaluateAsync<string>("document.documentElement.dataset.rkWakeLock"));

        await panel.GetByTestId("rk-panel-stop").ClickAsync();
        await Expect(panel).ToHaveCountAsync(0, new() { Timeout = 1_000 });
        await chat.SeeAsync("Workout stopped");
        await Shot(page, "timer-4-stopped");
        Assert.Equal("stopped", await page.GetByTestId("rk-timer").Last.GetAttributeAsync("data-state"));
        NoProblems(problems);
    }

    [Fact]
    public async Task StartOver_Typed_MidSet_StopsTheTimerAtOnce()
    {
        await using var app = NewApp();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(PhoneWidth, PhoneHeight);
        var chat = await WebChatWorkout.ReachAsync(app, page);

        await WebChatWorkout.SkipToAsync(chat, 4, "Straight-Leg Raise");
        await chat.ClickCardButtonAsync("Start timer");
        var panel = page.GetByTestId("rk-panel");
        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Move", new() { Timeout = 10_000 });

        // On a phone the chat is one tap away; the timer shrinks to a line above it.
        await panel.GetByTestId("rk-panel-toggle").ClickAsync();
        await Expect(panel).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("rk-panel--collapsed"));
        await Shot(page, "timer-5-collapsed");
        await chat.TypeAsync("start over");
        await Expect(panel).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        await chat.SeeAsync("Where does your knee hurt?");
        await page.WaitForTimeoutAsync(1_500);
        await Expect(page.GetByTestId("rk-panel")).ToHaveCountAsync(0);
        NoProblems(problems);
    }

    [Fact]
    public async Task WakeLock_NotInThisBrowser_ThePanelSaysSo()
    {
        await using var app = NewApp();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(PhoneWidth, PhoneHeight);
        await page.AddInitScriptAsync("Object.defineProperty(Navigator.prototype, 'wakeLock', { get: () => undefined });");
        var chat = await WebChatWorkout.ReachAsync(app, page);

        await WebChatWorkout.SkipToAsync(chat, 4, "Straight-Leg Raise");
        await chat.ClickCardButtonAsync("Start timer");

        var note = page.GetByTestId("rk-panel-wake-note");
        await Expect(note).ToContainTextAsync("can't keep your screen on", new() { Timeout = 10_000 });
        Assert.Equal("unsupported", await page.EvaluateAsync<string>("document.documentElement.dataset.rkWakeLock"));
        NoProblems(problems);
    }

    [Fact]
    public async Task Rest_IsOneCountdown_MoreRestAddsFifteen_PauseKeepsWhatIsLeft_SkipRestStartsTheNextSet()
    {
        await using var app = NewApp(restSeconds: 40);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(PhoneWidth, PhoneHeight);
        var chat = await WebChatWorkout.ReachAsync(app, page);

        // Side steps are counted in feet: "Done set" ends the first set and the rest begins.
        await chat.ClickCardButtonAsync("Done set");
        var panel = page.GetByTestId("rk-panel");
        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Rest", new() { Timeout = 10_000 });
        await Expect(panel.GetByTestId("rk-panel-next")).ToContainTextAsync("Side Steps");
        await Shot(page, "timer-6-rest");
        await Expect(chat.Bubbles.Filter(new() { HasText = "Rest 40 s" })).ToHaveCountAsync(0);

        var before = await SecondsAsync(panel);
        await panel.GetByTestId("rk-panel-more-rest").ClickAsync();
        await chat.SeeAsync("15 more seconds of rest");
        await Expect(panel).ToHaveAttributeAsync("data-state", "running", new() { Timeout = 5_000 });
        var extended = await SecondsAsync(panel);
        Assert.InRange(extended, before + 10, before + 16);

        await panel.GetByTestId("rk-panel-pause").ClickAsync();
        await Expect(panel.GetByTestId("rk-panel-rep")).ToHaveTextAsync("Paused during the rest", new() { Timeout = 5_000 });
        var left = await SecondsAsync(panel);
        await page.WaitForTimeoutAsync(2_500);
        await panel.GetByTestId("rk-panel-resume").ClickAsync();
        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Rest", new() { Timeout = 5_000 });
        Assert.InRange(await SecondsAsync(panel), left - 3, left + 1);

        await panel.GetByTestId("rk-panel-skip-rest").ClickAsync();
        await Expect(panel).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        // The next set's card; the first set's card is now compact and inert, so only one "Done set" can be reached.
        await Expect(page.GetByTestId("rk-card-past").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(page.Locator("[data-testid='rk-card'] button", new() { HasText = "Done set" })).ToHaveCountAsync(1);
        var oldButton = page.Locator("[data-testid='rk-card-past'] button", new() { HasText = "Done set" }).First;
        Assert.True(await oldButton.EvaluateAsync<bool>("b => b.closest('[inert]') !== null"), "The old card's button can still be reached.");
        await Shot(page, "timer-9-past-card");
        NoProblems(problems);
    }

    [Fact]
    public async Task Reload_MidSet_ReconnectsToTheConversation_AndTheTimerCarriesOn()
    {
        await using var app = NewApp();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(PhoneWidth, PhoneHeight);
        var chat = await WebChatWorkout.ReachAsync(app, page);

        await WebChatWorkout.SkipToAsync(chat, 4, "Straight-Leg Raise");
        await chat.ClickCardButtonAsync("Start timer");
        var panel = page.GetByTestId("rk-panel");
        await Expect(panel.GetByTestId("rk-panel-rep")).ToHaveTextAsync("Rep 2 of 15", new() { Timeout = 20_000 });

        await page.ReloadAsync();
        await Expect(panel).ToBeVisibleAsync(new() { Timeout = 3_000 });
        await Expect(panel).ToHaveAttributeAsync("data-state", "running");
        await Expect(panel.GetByTestId("rk-panel-position")).ToContainTextAsync("Set 1 of 3");
        var rep = int.Parse((await panel.GetByTestId("rk-panel-rep").InnerTextAsync()).Split(' ')[1], CultureInfo.InvariantCulture);
        Assert.InRange(rep, 2, 4);
        await Shot(page, "timer-7-after-reload");

        // The same conversation: what was said before the reload is still there, and the bot still knows the set.
        await panel.GetByTestId("rk-panel-toggle").ClickAsync();
        await chat.SeeAsync("Skipped Single-Leg Deadlift");
        await chat.TypeAsync("where am i");
        await chat.SeeAsync("Now: Straight-Leg Raise");
        NoProblems(problems);
    }

    private static BotApp NewApp(int restSeconds = 5) => new(new Dictionary<string, string?>
    {
        ["Timers:LeadInSeconds"] = "3",
        ["Timers:RestSeconds"] = restSeconds.ToString(CultureInfo.InvariantCulture),
        ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N")),
    });

    private static async Task<int> SecondsAsync(ILocator panel) =>
        int.Parse(await panel.GetByTestId("rk-panel-seconds").InnerTextAsync(), CultureInfo.InvariantCulture);

    private static async Task<List<(string Text, double At)>> Phases(IPage page)
    {
        var json = await page.EvaluateAsync<string>("JSON.stringify(window.__phases)");
        return [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => (e.GetProperty("text").GetString()!, e.GetProperty("at").GetDouble()))];
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), name + ".png") });

    private static void NoProblems(PageProblems problems)
    {
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
        Assert.True(problems.Warnings.Count == 0, string.Join(Environment.NewLine, problems.Warnings));
    }
}
