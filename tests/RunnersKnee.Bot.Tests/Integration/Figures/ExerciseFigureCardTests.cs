using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RunnersKnee.Bot.Tests.Infrastructure;
using RunnersKnee.Testing;

namespace RunnersKnee.Bot.Tests.Integration.Figures;

/// <summary>
/// The exercise card shows the start → end drawing from the bot's public address (with its alt text, valid against
/// the Adaptive Card 1.5 schema), and is text only when no public address is configured; the web chat's set timer
/// carries the figure's two poses for the page to move between.
/// </summary>
public sealed class ExerciseFigureCardTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public async Task SetCard_WithAPublicBaseUrl_ShowsTheFigureWithItsAltText(string channelId)
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start), new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://knee.example.com/" });
        var person = harness.NewPerson(channelId);
        var schema = await AdaptiveCardSchema.LoadAsync();
        await person.StartWorkoutAsync();

        var card = ExerciseCard(person);
        var image = Assert.Single(Images(card));

        var url = new Uri(image["url"]!.GetValue<string>());
        Assert.Equal("https://knee.example.com/figures/side-steps-left.png", url.GetLeftPart(UriPartial.Path));
        Assert.StartsWith("?v=", url.Query, StringComparison.Ordinal);
        Assert.Equal("Start: Standing, feet shoulder-width apart, a resistance band around the top of one foot. Then: The left foot stepped out to the left, the band kept tight.", image["altText"]!.GetValue<string>());
        schema.AssertValid(card.ToJsonString());

        // The next set is on the right side: its card shows the mirrored drawing.
        await person.SayAsync("done");
        await person.SayAsync("skip rest");
        Assert.Contains("Right side", person.LastText, StringComparison.Ordinal);
        var right = Assert.Single(Images(ExerciseCard(person)));
        Assert.Contains("/figures/side-steps-right.png", right["url"]!.GetValue<string>(), StringComparison.Ordinal);

        // The image is served where the card says (its path, on this test server).
        using var served = await harness.Client.GetAsync(url.PathAndQuery);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ChatPage_ContentSecurityPolicy_AllowsImagesFromThePublicBaseUrl()
    {
        await using var harness = await CoachHarness.StartAsync(settings: new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://knee.example.com/" });

        using var page = await harness.Client.GetAsync("/");

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self' data: blob: https://knee.example.com;", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetCard_WithoutAPublicBaseUrl_IsTextOnly()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        await person.StartWorkoutAsync();

        var card = ExerciseCard(person);

        Assert.Empty(Images(card));
        (await AdaptiveCardSchema.LoadAsync()).AssertValid(card.ToJsonString());
    }

    [Fact]
    public async Task SetTimer_InWebChat_CarriesTheFiguresStartAndTargetPoses()
    {
        await using var harness = await CoachHarness.StartAsync(new FakeTimeProvider(Start));
        var person = harness.NewPerson();
        await person.StartWorkoutAsync();
        await person.SayAsync("skip");

        await person.SayAsync("start timer");

        var figure = person.LastTimers.Single(t => t["kind"]!.GetValue<string>() == "set")["figure"]!.AsObject();
        Assert.Equal(figure["start"]!.AsArray().Count, figure["target"]!.AsArray().Count);
        Assert.Contains("Lying on your side", figure["startAlt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("top knee lifted", figure["targetAlt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(figure["styles"]!["working"]);
    }

    private static JsonObject ExerciseCard(ConversationDriver person) =>
        person.LastCards.Last(card => card.ToJsonString().Contains("Done set", StringComparison.Ordinal));

    private static List<JsonObject> Images(JsonObject card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>() == "Image")];
}
