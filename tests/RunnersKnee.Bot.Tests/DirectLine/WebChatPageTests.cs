using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Bot.Texts;
using RunnersKnee.BotFramework.DirectLine;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;
using RunnersKnee.Testing;
using RunnersKnee.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.DirectLine;

/// <summary>The real chat page in headless Chromium against the real app and its embedded Direct Line.</summary>
public sealed class WebChatPageTests
{
    private const string TestCard = """
        {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Test card","wrap":true}],
         "actions":[{"type":"Action.Submit","title":"Test button","data":{"test":"clicked"}}]}
        """;

    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    [Fact]
    public async Task ChatPage_Conversation_WelcomeRepliesCardButtonAndSuggestedActionWorkWithoutErrors()
    {
        await using var app = new BotApp();
        var texts = app.Services.GetRequiredService<TextCatalog>();
        var welcome = PlainFragment(texts.Get("welcome.body"));
        var help = PlainFragment(texts.Get("help.text"));
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var (page, problems) = await chromium.NewPageAsync(width: 412, height: 860);
        var tokenResponse = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/directline/token", StringComparison.Ordinal));
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
        var session = await (await tokenResponse).JsonAsync();
        var bubbles = page.Locator(".webchat__bubble__content");
        await Expect(bubbles.Filter(new() { HasText = welcome })).ToBeVisibleAsync(Soon);
        await Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("hello coach");
        await page.Keyboard.PressAsync("Enter");
        await Expect(bubbles.Filter(new() { HasText = help })).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        await SendTestCardAsync(app, session!.Value);
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = "Show help" }).ClickAsync();
        await Expect(bubbles.Filter(new() { HasText = help })).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await bubbles.GetByRole(AriaRole.Button, new() { Name = "Test button" }).ClickAsync();
        await Expect(bubbles.Filter(new() { HasText = help })).ToHaveCountAsync(3, new() { Timeout = 15_000 });

        var transcript = (await bubbles.AllInnerTextsAsync()).Select(text =>
            text.Contains(welcome, StringComparison.Ordinal) ? "welcome"
            : text.Contains(help, StringComparison.Ordinal) ? "help"
            : text.Trim());
        Assert.Equal(["welcome", "hello coach", "help", "Test card\nTest button", "Show help", "help", "help"], transcript.Select(t => t.Replace("\n\n", "\n", StringComparison.Ordinal)));
        await Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
        Assert.Contains("/v3/directline/conversations/", Assert.Single(streams), StringComparison.Ordinal);
        Assert.Empty(polls);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), "webchat-phone.png") });
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts("screenshots"), "webchat-desktop.png") });
        Assert.True(problems.All.Count == 0, string.Join(Environment.NewLine, problems.All));
    }

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
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "imBack", Title = "Show help", Value = BotJson.ToElement("Show help") }] },
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
