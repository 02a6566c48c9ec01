using Microsoft.Playwright;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>The live hold timer in the real chat page: it counts, finishes the set with the bot, and stops on "pause".</summary>
public sealed class WebChatTimerTests
{
    private static readonly Dictionary<string, string?> FastTimers = new()
    {
        ["Timers:LeadInSeconds"] = "3",
        ["Timers:ReleaseSeconds"] = "1",
        ["Timers:RestSeconds"] = "5",
    };

    [Fact]
    public async Task HoldTimer_CountsDownAndTheBotMovesOnWhenTheSetEnds()
    {
        await using var app = NewApp();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 412, height: 860);
        var chat = await ReachWorkoutAsync(app, page);

        // Wall squats, the last exercise: 3 reps, hold 2 s.
        for (var i = 0; i < 7; i++)
        {
            await chat.TypeAsync("skip");
            await chat.SeeCountAsync("Skipped", i + 1);
        }

        await chat.SeeAsync("Wall Squats");
        await chat.ClickCardButtonAsync("Start timer");
        var timer = page.GetByTestId("rk-timer").Last;
        await Expect(timer).ToBeVisibleAsync(ChatPage.Soon);
        await Expect(timer.GetByTestId("rk-timer-phase")).ToHaveTextAsync("Get ready");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "timer-1-lead-in.png") });

        await Expect(timer.GetByTestId("rk-timer-phase")).ToHaveTextAsync("Hold", new() { Timeout = 10_000 });
        await Expect(timer.GetByTestId("rk-timer-rep")).ToContainTextAsync("of 3");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "timer-2-hold.png") });

        // The page reports the end of the set; the bot moves on to the pain check.
        await chat.SeeAsync("How much did Wall Squats hurt");
        await Expect(timer.GetByTestId("rk-timer-phase")).ToHaveTextAsync("Done");
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    [Fact]
    public async Task HoldTimer_PauseTypedMidSet_StopsTheCountdown()
    {
        await using var app = NewApp();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 412, height: 860);
        var chat = await ReachWorkoutAsync(app, page);

        // Straight-leg raise: 15 reps, hold 2 s, long enough to pause in the middle.
        for (var i = 0; i < 4; i++)
        {
            await chat.TypeAsync("skip");
            await chat.SeeCountAsync("Skipped", i + 1);
        }

        await chat.SeeAsync("Straight-Leg Raise");
        await chat.ClickCardButtonAsync("Start timer");
        var timer = page.GetByTestId("rk-timer").Last;
        await Expect(timer.GetByTestId("rk-timer-phase")).ToHaveTextAsync("Hold", new() { Timeout = 10_000 });
        await chat.TypeAsync("pause");
        await chat.SeeAsync("Paused at");

        await Expect(timer.GetByTestId("rk-timer-phase")).ToHaveTextAsync("Stopped");
        var before = await timer.GetByTestId("rk-timer-rep").InnerTextAsync();
        await page.WaitForTimeoutAsync(2_500);
        Assert.Equal(before, await timer.GetByTestId("rk-timer-rep").InnerTextAsync());
        await chat.TypeAsync("where am i");
        await chat.SeeAsync("Now: Straight-Leg Raise");
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    private static BotApp NewApp() => new(new Dictionary<string, string?>(FastTimers)
    {
        ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N")),
    });

    /// <summary>The quickest honest path to the workout: the check, answered by typing.</summary>
    private static async Task<ChatPage> ReachWorkoutAsync(BotApp app, IPage page)
    {
        var chat = new ChatPage(page);
        await page.GotoAsync(app.BaseAddress.ToString());
        await chat.SeeAsync("Runner");
        foreach (var (answer, next) in new[]
        {
            ("start", "Where does your knee hurt?"), ("kneecap", "How does it feel?"), ("ache", "What brings it on?"),
            ("running", "How long have you had it?"), ("2 weeks", "gradually"), ("gradually", "right now"), ("2", "age group"),
            ("30", "Safety check"), ("no", "And do"), ("no", "Ready for the strength workout?"), ("yes", "Side Steps"),
        })
        {
            await chat.TypeAsync(answer);
            await chat.SeeAsync(next);
        }

        return chat;
    }
}
