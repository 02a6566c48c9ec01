namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// A piece of kit in the drawing. A band runs between two joints (<see cref="From"/>, <see cref="To"/>) and a
/// kettlebell hangs from one (<see cref="At"/>), so both move with the figure; a step, chair, counter, wall or mat
/// stands still in its box (<see cref="X"/>, <see cref="Y"/>, <see cref="Width"/>, <see cref="Height"/>).
/// </summary>
public sealed record FigureEquipment(
    string Kind,
    string? From = null,
    string? To = null,
    string? At = null,
    double? X = null,
    double? Y = null,
    double? Width = null,
    double? Height = null)
{
    public const string Band = "band";
    public const string Kettlebell = "kettlebell";
    public const string Step = "step";
    public const string Chair = "chair";
    public const string Counter = "counter";
    public const string Wall = "wall";
    public const string Mat = "mat";

    public static readonly IReadOnlySet<string> Attached = new HashSet<string>([Band, Kettlebell], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Standing = new HashSet<string>([Step, Chair, Counter, Wall, Mat], StringComparer.Ordinal);
}
