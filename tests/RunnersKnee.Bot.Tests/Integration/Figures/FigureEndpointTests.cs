using System.Net;
using System.Xml.Linq;
using RunnersKnee.Bot.Tests.Infrastructure;
using SkiaSharp;

namespace RunnersKnee.Bot.Tests.Integration.Figures;

/// <summary>
/// <c>/figures/{exercise}[-{side}].png|.svg</c> over HTTP: the drawing with a year's caching (its URL carries the
/// content's version), a 404 for anything that is not an exercise's figure, and the page's security headers.
/// </summary>
public sealed class FigureEndpointTests(CoachAppFixture app) : IClassFixture<CoachAppFixture>
{
    private readonly HttpClient _client = app.Client;

    [Theory]
    [InlineData("/figures/wall-squats.png")]
    [InlineData("/figures/hamstring-curls-right.png")]
    [InlineData("/figures/single-leg-step-downs-left.png?v=0123456789ab")]
    public async Task Png_KnownExercise_IsAnImageCachedForAYear(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(bitmap);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Svg_KnownExercise_IsSvgXml()
    {
        using var response = await _client.GetAsync("/figures/knee-extensions-left.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("left knee straightened", svg.Root!.Attribute("aria-label")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/figures/jumping-jacks.png")]
    [InlineData("/figures/wall-squats.gif")]
    [InlineData("/figures/wall-squats")]
    [InlineData("/figures/wall-squats-middle.png")]
    [InlineData("/figures/..%2Fappsettings.json")]
    public async Task Unknown_Is404_AndNotCached(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.CacheControl?.MaxAge);
    }
}
