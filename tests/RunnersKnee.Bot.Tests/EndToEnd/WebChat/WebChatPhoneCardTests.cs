using Microsoft.Playwright;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>
/// The workout cards in the real chat page at phone widths: a tapped button shows as the person's message, the
/// compact rows stay one line, and at 320 px no word on a set card, the pain chips or the summary breaks mid-word.
/// </summary>
public sealed class WebChatPhoneCardTests
{
    // Words split over two lines inside one text node (a hyphen or dash is a fair place to break, so it splits words here).
    private const string BrokenWordsScript = """
        root => {
          const broken = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const pattern = /[^\s\-–·]+/g;
            for (let match = pattern.exec(node.textContent); match; match = pattern.exec(node.textContent)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (lines.size > 1) broken.push(match[0]);
            }
          }
          return broken;
        }
        """;

    [Fact]
    public async Task Phone320_TapsShowAsMessagesAndNoCardBreaksAWord()
    {
        await using var app = new BotApp(new Dictionary<string, string?>
        {
            ["Timers:Local:Directory"] = Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N")),
            ["Timers:RestSeconds"] = "600",
        });
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 320, height: 720);
        var chat = await WebChatWorkout.ReachAsync(app, page);

        await AssertNoBrokenWordsAsync(LastCard(page, "Side Steps"), "the side steps card");
        await AssertOneLineAsync(LastCard(page, "Side Steps"), ["Easier", "Skip"]);
        await AssertOneLineAsync(LastCard(page, "Side Steps"), ["Pause", "Stop"]);

        await chat.ClickCardButtonAsync("Done set");
        await Expect(UserBubbles(page).Filter(new() { HasText = "Done set" })).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await SkipRestAsync(page);

        await chat.TypeAsync("skip");
        await chat.SeeAsync("Banded Side Clams");
        await AssertNoBrokenWordsAsync(LastCard(page, "Banded Side Clams"), "the clams card");
        await AssertOneLineAsync(LastCard(page, "Banded Side Clams"), ["Start timer", "Done set"]);
        await LastCard(page, "Banded Side Clams").ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "set-card-320.png") });

        // Three sets of clams, the rests skipped on the timer panel; each tap waits for the next set's own card.
        for (var set = 1; set <= 3; set++)
        {
            await chat.ClickCardButtonAsync("Done set");
            await Expect(UserBubbles(page).Filter(new() { HasText = "Done set" })).ToHaveCountAsync(set + 1, new() { Timeout = 15_000 });
            if (set < 3)
            {
                await SkipRestAsync(page);
                await chat.SeeCountAsync("Tip: Keep your back stable.", set + 1);
            }
        }

        await chat.SeeAsync("How much did Banded Side Clams hurt");
        var painCard = LastCard(page, "How much did Banded Side Clams hurt");
        await AssertNoBrokenWordsAsync(painCard, "the pain check");
        await AssertOneLineAsync(painCard, ["6", "7", "8", "9", "10"]);
        await painCard.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "pain-check-320.png") });
        await chat.ClickCardButtonAsync("2");
        await Expect(UserBubbles(page).Filter(new() { HasText = "2/10" })).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await chat.SeeAsync("Single-Leg Step Downs");

        await chat.TypeAsync("stop");
        await chat.SeeAsync("Workout summary");
        var summary = LastCard(page, "Workout summary");
        await Expect(summary.GetByText("Partly done (1 of 6 sets)", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(summary.GetByText("Done · pain 2/10", new() { Exact = true })).ToBeVisibleAsync();
        await AssertNoBrokenWordsAsync(summary, "the summary");
        await summary.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "summary-320.png") });
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    /// <summary>In the chat page a rest is the timer panel's countdown: skip it there and wait for the panel to close.</summary>
    private static async Task SkipRestAsync(IPage page)
    {
        var panel = page.GetByTestId("rk-panel");
        await Expect(panel.GetByTestId("rk-panel-phase")).ToHaveTextAsync("Rest", new() { Timeout = 10_000 });
        await panel.GetByTestId("rk-panel-skip-rest").ClickAsync();
        await Expect(panel).ToHaveCountAsync(0, new() { Timeout = 10_000 });
    }

    private static ILocator UserBubbles(IPage page) => page.Locator(".webchat__bubble--from-user");

    private static ILocator LastCard(IPage page, string text) =>
        page.Locator(".webchat__bubble__content").Filter(new() { HasText = text }).Last;

    private static async Task AssertNoBrokenWordsAsync(ILocator card, string what)
    {
        await Expect(card).ToBeVisibleAsync(ChatPage.Soon);
        var broken = await card.EvaluateAsync<string[]>(BrokenWordsScript);
        Assert.True(broken.Length == 0, $"Words broken mid-word on {what} at 320 px: {string.Join(", ", broken)}");
    }

    /// <summary>The buttons titled so sit side by side: one line, inside a 320 px screen, their titles not cut off.</summary>
    private static async Task AssertOneLineAsync(ILocator card, string[] titles)
    {
        // Measured in one go: the transcript may scroll between two separate reads.
        var boxes = await card.EvaluateAsync<ButtonBox[]>(
            """
            (root, titles) => titles.map(title => {
              const buttons = Array.from(root.querySelectorAll('button')).filter(b => b.innerText.trim() === title);
              const button = buttons[buttons.length - 1];
              if (!button) return { title, top: -1, left: -1, right: -1, clipped: true };
              const rect = button.getBoundingClientRect();
              const label = button.querySelector('div') || button;
              return { title, top: Math.round(rect.top), left: rect.left, right: rect.right, clipped: label.scrollWidth > label.clientWidth + 1 };
            })
            """,
            titles);

        Assert.True(boxes.Select(b => b.Top).Distinct().Count() == 1, $"Not on one line: {string.Join("; ", boxes.Select(b => $"{b.Title} at {b.Top}"))}");
        Assert.All(boxes, box => Assert.True(box.Left >= 0 && box.Right <= 320, $"'{box.Title}' runs off a 320 px screen ({box.Left}-{box.Right})."));
        Assert.All(boxes, box => Assert.False(box.Clipped, $"'{box.Title}' is cut off."));
    }

    private sealed class ButtonBox
    {
        public string Title { get; set; } = string.Empty;

        public double Top { get; set; }

        public double Left { get; set; }

        public double Right { get; set; }

        public bool Clipped { get; set; }
    }
}
