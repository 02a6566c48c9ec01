namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// How one exercise looks: its keyframes (start, end, and the hold where the article gives one), the kit, the
/// legs that work, and the article's numbers the keyframes were checked against at start.
/// </summary>
public sealed record ExerciseFigure(
    string Exercise,
    FigureView View,
    FigureWorkingLimbs Working,
    IReadOnlyList<FigureEquipment> Equipment,
    IReadOnlyList<FigureKeyframe> Keyframes,
    IReadOnlyList<FigureLimit> Limits)
{
    public FigureKeyframe Start => Keyframe(FigureKeyframe.Start)!;

    public FigureKeyframe End => Keyframe(FigureKeyframe.End)!;

    /// <summary>The pose a rep moves to and holds: the hold where there is one, else the end.</summary>
    public FigureKeyframe Target => Keyframe(FigureKeyframe.Hold) ?? End;

    public FigureKeyframe? Keyframe(string name) => Keyframes.FirstOrDefault(k => k.Name == name);
}
