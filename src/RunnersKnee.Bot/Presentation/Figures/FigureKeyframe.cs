namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// One pose of an exercise: <c>start</c>, <c>end</c> or <c>hold</c>, its joints as [x, y] in the frame, and the words a
/// screen reader says for it (<c>{side}</c> and <c>{otherSide}</c> stand for the card's side, as in the steps).
/// </summary>
public sealed record FigureKeyframe(string Name, string Alt, IReadOnlyDictionary<string, double[]> Joints)
{
    public const string Start = "start";
    public const string End = "end";
    public const string Hold = "hold";

    public FigurePoint this[string joint] => new(Joints[joint][0], Joints[joint][1]);
}
