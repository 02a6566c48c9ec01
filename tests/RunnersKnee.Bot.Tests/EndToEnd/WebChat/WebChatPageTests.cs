using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.DirectLine;
using RunnersKnee.Testing;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.EndToEnd.WebChat;

/// <summary>The real chat page in headless Chromium against the real app and its embedded Direct Line.</summary>
public sealed class WebChatPageTests
{
    private const string TestCard = """
        {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Test card","wrap":true}],
         "actions":[{"type":"Action.Submit","title":"Test button","data":{"command":"Start"}}]}
        """;

    [Fact]
    public async Task ChatPage_WholeCheck_ReachesTheWorkoutWithoutErrors()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Timers:Local:Directory"] = TempFolder() });
        var texts = app.Services.GetRequiredService<TextCatalog>();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 412, height: 860);
        var chat = new ChatPage(page);
        var streams = new List<string>();
        var polls = new List<string>();
        page.WebSocket += (_, socket) => streams.Add(socket.Url);
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/activities?watermark", StringComparison.Ordinal))
            {
                polls.Add(request.Url);
            }
        };

        await page.GotoAsync(app.BaseAddress.ToString());
        await chat.SeeAsync(PlainFragment(texts.Get("welcome.body")));
        await Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToBeFocusedAsync();

        await chat.ClickCardButtonAsync(texts.Get("welcome.start"));
        await chat.SeeAsync("Where does your knee hurt?");
        await chat.TypeAsync("behnd the kneecap");
        await chat.SeeAsync("How does it feel?");
        await chat.ClickCardButtonAsync("A dull ache");
        await chat.SeeAsync("What brings it on?");
        await chat.TypeAsync("running and stairs");
        await chat.SeeAsync("How long have you had it?");
        await chat.TypeAsync("3 weeks");
        await chat.SeeAsync("come on gradually");
        await chat.ClickCardButtonAsync("Gradually");
        await chat.SeeAsync("How much does it hurt right now");
        await chat.ClickCardButtonAsync("2");
        await chat.SeeAsync("Which age group");
        await chat.TypeAsync("34");
        await chat.SeeAsync("Safety check");
        await chat.ClickCardButtonAsync("No");
        await chat.SeeAsync("And do");
        await chat.TypeAsync("nope");
        await chat.SeeAsync(texts.Get("advice.title"));
        await chat.SeeAsync(texts.Get("pt.title"));
        await chat.ClickSuggestedActionAsync("Yes");
        await chat.SeeAsync("Before we start");
        await chat.ClickCardButtonAsync("Skip");
        await chat.SeeAsync("Side Steps");

        var transcript = string.Join("\n", await chat.Bubbles.AllInnerTextsAsync());
        AssertInOrder(transcript, "Where does your knee hurt?", "behnd the kneecap", "How does it feel?", "What brings it on?", "running and stairs", "3 weeks", "34", "Safety check", "nope", texts.Get("advice.title"), "Side Steps");
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
        Assert.Contains("/v3/directline/conversations/", Assert.Single(streams), StringComparison.Ordinal);
        Assert.Empty(polls);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "webchat-phone.png") });
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Artifacts("screenshots"), "webchat-desktop.png") });
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    [Fact]
    public async Task ChatPage_ProactiveCard_ButtonAndQuickReplyReachTheBot()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Timers:Local:Directory"] = TempFolder() });
        var texts = app.Services.GetRequiredService<TextCatalog>();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 412, height: 860);
        var chat = new ChatPage(page);
        var tokenResponse = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/directline/token", StringComparison.Ordinal));

        await page.GotoAsync(app.BaseAddress.ToString());
        var session = await (await tokenResponse).JsonAsync();
        await chat.SeeAsync(PlainFragment(texts.Get("welcome.body")));
        await SendTestCardAsync(app, session!.Value);
        await chat.ClickSuggestedActionAsync("Help");
        await chat.SeeCountAsync(texts.Get("help.title"), 1);
        await chat.ClickCardButtonAsync("Test button");
        await chat.SeeAsync("Where does your knee hurt?");

        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

    [Fact]
    public async Task ChatPage_ReloadedOrReopenedMidWorkout_ContinuesAtTheSameSet()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Timers:Local:Directory"] = TempFolder(), ["Timers:RestSeconds"] = "600" });
        var texts = app.Services.GetRequiredService<TextCatalog>();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 390, height: 844);
        var chat = new ChatPage(page);
        await page.GotoAsync(app.BaseAddress.ToString());
        await chat.SeeAsync(PlainFragment(texts.Get("welcome.body")));
        foreach (var (answer, next) in new[]
        {
            ("check my knee", "Where does your knee hurt?"), ("behind the kneecap", "How does it feel?"), ("dull ache", "What brings it on?"),
            ("running and stairs", "How long have you had it?"), ("3 weeks", "come on gradually"), ("gradually", "How much does it hurt right now"),
            ("2", "Which age group"), ("34", "Safety check"), ("no", "And do"), ("nope", texts.Get("pt.title")), ("yes", "Before we start"), ("skip", "Side Steps"),
        })
        {
            await chat.TypeAsync(answer);
            await chat.SeeAsync(next);
        }

        await chat.TypeAsync("done");
        await Expect(page.GetByTestId("rk-panel")).ToHaveAttributeAsync("data-phase", "rest", new() { Timeout = 15_000 });

        // A reload is the same conversation: the transcript comes back and the rest carries on counting.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("rk-panel")).ToHaveAttributeAsync("data-phase", "rest", new() { Timeout = 3_000 });
        await Expect(chat.Bubbles.Filter(new() { HasText = "Where does your knee hurt?" })).ToHaveCountAsync(1);

        // A new tab (the phone discarded the old one) is a new conversation for the same person: welcomed back,
        // paused at the set, and no first-time welcome.
        var reopened = await page.Context.NewPageAsync();
        var reopenedProblems = PageProblems.Record(reopened);
        var reopenedChat = new ChatPage(reopened);
        await reopened.GotoAsync(app.BaseAddress.ToString());
        await reopenedChat.SeeAsync(texts.Get("welcome.backToWorkout"));
        await reopenedChat.SeeAsync("Paused at Exercise 1 of 8 · Right side · Set 1 of 3");
        await Expect(reopened.GetByText(PlainFragment(texts.Get("welcome.body")))).ToHaveCountAsync(0);
        await reopenedChat.TypeAsync("resume");
        await Expect(reopened.GetByTestId("rk-panel")).ToHaveAttributeAsync("data-phase", "rest", new() { Timeout = 5_000 });
        await Expect(reopened.GetByText("Send failed")).ToHaveCountAsync(0);
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
        Assert.True(reopenedProblems.All.Count == 0, string.Join(Environment.NewLine, reopenedProblems.All));
    }

    private static void AssertInOrder(string transcript, params string[] fragments)
    {
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = transcript.IndexOf(fragment, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{fragment}' is missing or out of order in:\n{transcript}");
            at = found + fragment.Length;
        }
    }

    private static string TempFolder() => Path.Combine(Path.GetTempPath(), "rk-" + Guid.NewGuid().ToString("N"));

    // A proactive message, as a timer or reminder will send: a card with a button and a quick reply.
    private static async Task SendTestCardAsync(BotApp app, JsonElement session)
    {
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var reference = new ConversationReference
        {
            ChannelId = Channels.WebChat,
            ServiceUrl = options.EmbeddedServiceUrl,
            Conversation = new ConversationAccount { Id = session.GetProperty("conversationId").GetString() },
            User = new ChannelAccount { Id = session.GetProperty("userId").GetString() },
            Bot = new ChannelAccount { Id = options.BotId, Name = options.BotName },
        };
        using var card = JsonDocument.Parse(TestCard);
        var activity = new Activity
        {
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card.RootElement.Clone() }],
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "imBack", Title = "Help", Value = BotJson.ToElement("help") }] },
        };
        await app.Services.GetRequiredService<BotAdapter>().ContinueConversationAsync(
            reference,
            "test-card",
            value: null,
            (turn, ct) => turn.SendActivityAsync(activity, ct),
            CancellationToken.None);
    }

    // Web Chat typesets quotes and apostrophes (markdown typographer), so match the longest run without them.
    private static string PlainFragment(string text) =>
        text.Split(['\'', '"']).MaxBy(part => part.Length)!.Trim();
}
