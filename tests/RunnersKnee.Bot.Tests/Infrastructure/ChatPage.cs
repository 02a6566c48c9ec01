using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RunnersKnee.Bot.Tests.Infrastructure;

/// <summary>What a person does on the chat page: type, tap a card button or a quick reply, and wait to see text.</summary>
public sealed class ChatPage(IPage page)
{
    public static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 15_000 };

    public IPage Page { get; } = page;

    public ILocator Bubbles => Page.Locator(".webchat__bubble__content");

    public async Task TypeAsync(string text)
    {
        var input = Page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>Taps the newest card button with this title.</summary>
    public Task ClickCardButtonAsync(string title) =>
        Bubbles.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).Last.ClickAsync();

    public Task ClickSuggestedActionAsync(string title) =>
        Page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();

    /// <summary>Waits until a bubble containing <paramref name="fragment"/> is on screen.</summary>
    public Task SeeAsync(string fragment) => Expect(Bubbles.Filter(new() { HasText = fragment }).Last).ToBeVisibleAsync(Soon);

    /// <summary>Waits until the bubbles containing <paramref name="fragment"/> number <paramref name="count"/>.</summary>
    public Task SeeCountAsync(string fragment, int count) =>
        Expect(Bubbles.Filter(new() { HasText = fragment })).ToHaveCountAsync(count, new() { Timeout = 15_000 });
}
