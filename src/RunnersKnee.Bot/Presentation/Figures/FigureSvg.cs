using System.Globalization;
using System.Xml.Linq;

namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// Draws shapes as an SVG document for the web: the start and end frames side by side with an arrow between, the
/// alt text as the image's accessible name and its title.
/// </summary>
public static class FigureSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Combined(FigureFrame frame, IReadOnlyList<FigureShape> start, IReadOnlyList<FigureShape> end, string alt)
    {
        var width = (frame.Width * 2) + FigureStyle.Gap;
        var root = new XElement(
            Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Number(width)} {Number(frame.Height)}"),
            new XAttribute("width", Number(width)),
            new XAttribute("height", Number(frame.Height)),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", alt),
            new XElement(Svg + "title", alt),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", FigureStyle.Background)),
            new XElement(Svg + "g", start.Select(Element)),
            FigureScene.Arrow(frame).Select(Element),
            new XElement(Svg + "g", new XAttribute("transform", $"translate({Number(frame.Width + FigureStyle.Gap)} 0)"), end.Select(Element)));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Element(FigureShape shape)
    {
        var style = FigureStyle.Roles[shape.Role];
        var v = shape.Values;
        var element = shape.Kind switch
        {
            FigureShape.Circle => new XElement(Svg + "circle", new XAttribute("cx", Number(v[0])), new XAttribute("cy", Number(v[1])), new XAttribute("r", Number(v[2]))),
            FigureShape.Rect => new XElement(Svg + "rect", new XAttribute("x", Number(v[0])), new XAttribute("y", Number(v[1])), new XAttribute("width", Number(v[2])), new XAttribute("height", Number(v[3])), new XAttribute("rx", 2)),
            _ => new XElement(Svg + "polyline", new XAttribute("points", string.Join(' ', Enumerable.Range(0, v.Count / 2).Select(i => Number(v[2 * i]) + "," + Number(v[(2 * i) + 1]))))),
        };
        element.Add(
            new XAttribute("data-role", shape.Role),
            new XAttribute("fill", style.Fill ?? "none"),
            new XAttribute("stroke", style.Width > 0 ? style.Stroke : "none"),
            new XAttribute("stroke-width", Number(style.Width)),
            new XAttribute("stroke-linecap", "round"),
            new XAttribute("stroke-linejoin", "round"));
        return element;
    }

    private static string Number(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
