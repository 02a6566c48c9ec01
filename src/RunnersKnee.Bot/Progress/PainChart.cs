using System.Globalization;
using ScottPlot;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// Draws the pain trend as a PNG for a phone screen: large type, a 0-10 scale, and two series told apart without
/// colour (solid line with circles for "after", dashed line with squares for "before"), in a dark blue and an orange
/// that stay distinct in greyscale and for the common colour-vision deficiencies.
/// </summary>
public static class PainChart
{
    public const int Width = 900;
    public const int Height = 600;

    /// <summary>Dark blue: pain after sessions, the series the summary line is about.</summary>
    public static readonly (byte R, byte G, byte B) AfterColour = (0x1A, 0x3A, 0x8F);

    /// <summary>Orange: pain before sessions.</summary>
    public static readonly (byte R, byte G, byte B) BeforeColour = (0xE0, 0x7B, 0x00);

    /// <param name="labels">The title and the two series' names, in the person's language.</param>
    public static byte[] Render(PainTrend trend, PainChartLabels labels, CultureInfo culture)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        var positions = Enumerable.Range(0, trend.Points.Count).Select(i => (double)i).ToArray();

        AddSeries(plot, trend, p => p.Before, labels.Before, BeforeColour, LinePattern.Dashed, MarkerShape.FilledSquare);
        AddSeries(plot, trend, p => p.After, labels.After, AfterColour, LinePattern.Solid, MarkerShape.FilledCircle);

        plot.Title(labels.Title, size: 34);
        plot.Axes.SetLimits(-0.4, Math.Max(1, trend.Points.Count - 1) + 0.4, -0.3, 10.3);
        plot.Axes.Left.SetTicks([0, 2, 4, 6, 8, 10], ["0", "2", "4", "6", "8", "10"]);
        plot.Axes.Bottom.SetTicks(positions, [.. trend.Points.Select(p => p.At.ToString("d MMM", culture))]);
        plot.Axes.Left.TickLabelStyle.FontSize = 28;
        plot.Axes.Bottom.TickLabelStyle.FontSize = trend.Points.Count > 6 ? 20 : 26;
        plot.Axes.Bottom.TickLabelStyle.Rotation = trend.Points.Count > 6 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = trend.Points.Count > 6 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.12);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 28;
        plot.Legend.SymbolWidth = 60;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void AddSeries(Plot plot, PainTrend trend, Func<PainTrendPoint, int?> value, string name, (byte R, byte G, byte B) colour, LinePattern pattern, MarkerShape marker)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < trend.Points.Count; i++)
        {
            if (value(trend.Points[i]) is { } pain)
            {
                xs.Add(i);
                ys.Add(pain);
            }
        }

        if (xs.Count == 0)
        {
            return;
        }

        var series = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
        series.Color = new Color(colour.R, colour.G, colour.B);
        series.LineWidth = 6;
        series.LinePattern = pattern;
        series.MarkerShape = marker;
        series.MarkerSize = 22;
        series.LegendText = name;
    }
}
