namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// One drawn shape: a <c>polyline</c> (x, y pairs), a <c>circle</c> (cx, cy, r) or a <c>rect</c> (x, y, width,
/// height), styled by its <see cref="Role"/> (<see cref="FigureStyle"/>). Two poses of a figure give the same shapes
/// in the same order, so the page can move one into the other number by number.
/// </summary>
public sealed record FigureShape(string Kind, string Role, IReadOnlyList<double> Values)
{
    public const string Polyline = "polyline";
    public const string Circle = "circle";
    public const string Rect = "rect";
}
