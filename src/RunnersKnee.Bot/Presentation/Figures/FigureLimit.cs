namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// A number the article gives, checked on the keyframes it names, with the article's words (<see cref="Quote"/>):
/// <c>angle</c> (the angle at the middle of three <see cref="Joints"/> within <see cref="Min"/>-<see cref="Max"/>
/// degrees), <c>height</c> (<see cref="Joint"/>'s y within <see cref="MinY"/>-<see cref="MaxY"/>) or <c>fixed</c>
/// (<see cref="Joint"/> does not move between those keyframes).
/// </summary>
public sealed record FigureLimit(
    string Kind,
    IReadOnlyList<string> Keyframes,
    string Quote,
    IReadOnlyList<string>? Joints = null,
    string? Joint = null,
    double? Min = null,
    double? Max = null,
    double? MinY = null,
    double? MaxY = null)
{
    public const string Angle = "angle";
    public const string Height = "height";
    public const string Fixed = "fixed";
}
