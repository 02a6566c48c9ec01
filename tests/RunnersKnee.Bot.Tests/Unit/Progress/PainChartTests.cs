using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using SkiaSharp;

namespace RunnersKnee.Bot.Tests.Unit.Progress;

/// <summary>The pain-trend picture: a PNG a phone can show, both series drawn in their colours, and alt text with the same numbers.</summary>
public sealed class PainChartTests
{
    private static readonly ProgressTexts Texts = new(new TextCatalog());

    private static readonly PainTrend Trend = new(
    [
        new PainTrendPoint(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), 5, 4),
        new PainTrendPoint(new DateTimeOffset(2026, 3, 5, 8, 0, 0, TimeSpan.Zero), 4, null),
        new PainTrendPoint(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero), 3, 2),
    ]);

    [Fact]
    public void Render_TwoSeries_IsAPngOfTheChartSizeWithBothSeriesColours()
    {
        var png = PainChart.Render(Trend, Texts.ChartLabels("en-US"), ProgressTexts.CultureFor("en-US"));

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(PainChart.Width, bitmap.Width);
        Assert.Equal(PainChart.Height, bitmap.Height);
        var pixels = bitmap.Pixels;
        Assert.True(pixels.Distinct().Count() > 10, "The chart is blank.");
        Assert.True(CountNear(pixels, PainChart.AfterColour) > 200, "The 'after' series (dark blue) is missing.");
        Assert.True(CountNear(pixels, PainChart.BeforeColour) > 200, "The 'before' series (orange) is missing.");
    }

    [Fact]
    public void Render_InSpanish_StillDraws()
    {
        using var bitmap = SKBitmap.Decode(PainChart.Render(Trend, Texts.ChartLabels("es-ES"), ProgressTexts.CultureFor("es-ES")));

        Assert.Equal(PainChart.Width, bitmap.Width);
    }

    [Fact]
    public void AltText_SaysEveryPointOfBothSeries()
    {
        var alt = Texts.AltText(Trend, "en-US");

        Assert.Equal("Chart of your pain from 0 to 10 by session date. After: 4 on 2 Mar, 2 on 9 Mar. Before: 5 on 2 Mar, 4 on 5 Mar, 3 on 9 Mar.", alt);
    }

    [Fact]
    public void TrendLine_AfterSeriesHasTwoScores_SaysFromAndToOverTheSpan()
    {
        Assert.Equal("Your pain after sessions went from 4 to 2 over 7 days.", Texts.TrendLine(Trend, "en-US"));
        Assert.Equal("Tu dolor después de las sesiones pasó de 4 a 2 en 7 días.", Texts.TrendLine(Trend, "es-ES"));
    }

    [Fact]
    public void TrendLine_TwoWeeksOrMore_SpeaksInWeeks()
    {
        var trend = new PainTrend([new PainTrendPoint(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), null, 5), new PainTrendPoint(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero), null, 3)]);

        Assert.Equal("Your pain after sessions went from 5 to 3 over 2 weeks.", Texts.TrendLine(trend, "en-US"));
    }

    private static int CountNear(SKColor[] pixels, (byte R, byte G, byte B) colour) =>
        pixels.Count(p => Math.Abs(p.Red - colour.R) < 12 && Math.Abs(p.Green - colour.G) < 12 && Math.Abs(p.Blue - colour.B) < 12);
}
