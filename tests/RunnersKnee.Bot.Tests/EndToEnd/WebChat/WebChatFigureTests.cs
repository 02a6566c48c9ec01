using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>
/// The figure in the live timer on a phone: it shows the set's exercise beside the phase without shrinking the
/// digits, its working leg moves with move, hold and return, it shows still frames only when the person asks the
/// system for reduced motion, and it stops where it is on Pause.
/// </summary>
public sealed class WebChatFigureTests
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [Fact]
    public async Task Figure_MovesWithThePhases_StillFramesForReducedMotion_FrozenWhenPaused()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Timers:LeadInSeconds"] = "3",
            ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N")),
        });
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(PhoneWidth, PhoneHeight);
        var chat = await WebChatWorkout.ReachAsync(app, page);

        // Straight-leg raise: 15 reps of move 2 s, hold 2 s, return 3 s.
        await WebChatWorkout.SkipToAsync(chat, 4, "Straight-Leg Raise");
        await chat.ClickCardButtonAsync("Start timer");
        var panel = page.GetByTestId("rk-panel");
        var figure = panel.GetByTestId("rk-panel-figure");
        await Expect(figure).ToBeVisibleAsync(ChatPage.Soon);
        await Expect(figure).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("Lying on your back"));
        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Move", new() { Timeout = 10_000 });

        // The digits keep their size, and the figure sits clear of them.
        var digits = panel.GetByTestId("rk-panel-seconds");
        Assert.True(await digits.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)") >= 0.3 * PhoneWidth);
        var figureBox = (await figure.BoundingBoxAsync())!;
        var digitsBox = (await digits.BoundingBoxAsync())!;
        Assert.True(figureBox.Y + figureBox.Height <= digitsBox.Y + 1, $"The figure ({figureBox.Y}+{figureBox.Height}) runs into the digits ({digitsBox.Y}).");
        Assert.True(figureBox.Height >= 100, $"The figure is only {figureBox.Height} px high.");

        // Sampled over more than a rep's move and hold, the working leg takes many positions between the two poses.
        var moving = await SampleAsync(page, figure, 14, 250);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "figure-timer-moving.png") });
        Assert.True(moving.Select(s => s.Leg).Distinct().Count() >= 4, "The working leg barely moved: " + string.Join(" | ", moving.Select(s => s.Pose)));
        Assert.Contains(moving, s => s.Pose is > 0.05 and < 0.95);

        // Asked for reduced motion, the figure shows only its two still frames.
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.WaitForTimeoutAsync(300);
        var still = await SampleAsync(page, figure, 14, 250);
        Assert.All(still, s => Assert.True(s.Pose is 0 or 1, $"A pose of {s.Pose} under reduced motion."));
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.NoPreference });

        // Paused, the figure stays where it was.
        await panel.GetByTestId("rk-panel-pause").ClickAsync();
        await Expect(panel).ToHaveAttributeAsync("data-state", "paused", new() { Timeout = 2_000 });
        await chat.SeeAsync("Paused at");
        var paused = await SampleAsync(page, figure, 8, 250);
        Assert.Single(paused.Select(s => s.Leg).Distinct());
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "figure-timer-paused.png") });

        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
        Assert.True(problems.Warnings.Count == 0, string.Join(Environment.NewLine, problems.Warnings));
    }

    [Fact]
    public async Task SetCard_WithAPublicBaseUrl_ShowsTheFigureInTheChat()
    {
        // The test server's port is known only once it runs, so the public base URL is set after the start; the
        // cards read it when they are made.
        var bot = new BotOptions();
        await using var app = new BotApp(
            new Dictionary<string, string?> { ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N")) },
            services => services.AddSingleton(Options.Create(bot)));
        bot.PublicBaseUrl = app.BaseAddress.ToString();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(PhoneWidth, PhoneHeight);
        await WebChatWorkout.ReachAsync(app, page);

        var card = page.Locator(".webchat__bubble__content").Filter(new() { HasText = "Side Steps" }).Last;
        var image = card.Locator("img[src*='/figures/side-steps-left.png']");
        await Expect(image).ToBeVisibleAsync(ChatPage.Soon);
        await Expect(image).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("^Start: Standing, feet shoulder-width apart"));
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await image.ElementHandleAsync());
        Assert.Equal(880, await image.EvaluateAsync<int>("img => img.naturalWidth"));
        await card.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "figure-set-card-390.png") });

        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
        Assert.True(problems.Warnings.Count == 0, string.Join(Environment.NewLine, problems.Warnings));
    }

    /// <summary>The working leg's points and the pose (0 start, 1 target), <paramref name="count"/> times.</summary>
    private static async Task<List<(string Leg, double Pose)>> SampleAsync(IPage page, ILocator figure, int count, int everyMs)
    {
        var samples = new List<(string, double)>();
        for (var i = 0; i < count; i++)
        {
            var leg = await figure.Locator("polyline[data-role='working']").Last.GetAttributeAsync("points") ?? string.Empty;
            var pose = double.Parse(await figure.GetAttributeAsync("data-pose") ?? "-1", CultureInfo.InvariantCulture);
            samples.Add((leg, pose));
            await page.WaitForTimeoutAsync(everyMs);
        }

        return samples;
    }
}
