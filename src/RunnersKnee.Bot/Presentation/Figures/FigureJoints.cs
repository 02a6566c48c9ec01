namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>The joints every keyframe places, and the bones drawn between them.</summary>
public static class FigureJoints
{
    public const string Head = "head";
    public const string Shoulder = "shoulder";
    public const string Hip = "hip";
    public const string Knee = "knee";
    public const string Ankle = "ankle";
    public const string Toe = "toe";
    public const string OtherKnee = "otherKnee";
    public const string OtherAnkle = "otherAnkle";
    public const string OtherToe = "otherToe";
    public const string Elbow = "elbow";
    public const string Hand = "hand";
    public const string OtherElbow = "otherElbow";
    public const string OtherHand = "otherHand";

    public static readonly IReadOnlyList<string> All =
        [Head, Shoulder, Hip, Knee, Ankle, Toe, OtherKnee, OtherAnkle, OtherToe, Elbow, Hand, OtherElbow, OtherHand];

    // Drawn far side first, so the near arm and the working leg are on top.
    public static readonly IReadOnlyList<string> OtherArm = [Shoulder, OtherElbow, OtherHand];
    public static readonly IReadOnlyList<string> OtherLeg = [Hip, OtherKnee, OtherAnkle, OtherToe];
    public static readonly IReadOnlyList<string> Trunk = [Head, Shoulder, Hip];
    public static readonly IReadOnlyList<string> Arm = [Shoulder, Elbow, Hand];
    public static readonly IReadOnlyList<string> Leg = [Hip, Knee, Ankle, Toe];
}
