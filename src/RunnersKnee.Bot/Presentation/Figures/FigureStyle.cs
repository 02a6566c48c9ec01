namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// The drawings' one calm style, in the page's colours: the body in the text colour, kit in the brand green on a
/// pale green, and the working leg in a warm orange that stays apart from both in greyscale (relative luminance
/// about 0.22 against 0.01 for the body and 0.93 for the background, over 3:1 either way), so the highlight never
/// depends on colour vision.
/// </summary>
public static class FigureStyle
{
    public const string Background = "#f4f8f6";
    public const string Text = "#1b1f1e";
    public const string Brand = "#0a6b50";
    public const string Working = "#c26a00";

    public const string Body = "body";
    public const string Far = "far";
    public const string WorkingLeg = "working";
    public const string Head = "head";
    public const string Floor = "floor";
    public const string Kit = "kit";
    public const string Band = "band";
    public const string Bell = "bell";
    public const string Arrow = "arrow";

    /// <summary>The room between the start and end frames of a combined image, where the arrow goes.</summary>
    public const double Gap = 40;

    public static readonly IReadOnlyDictionary<string, FigureRoleStyle> Roles = new Dictionary<string, FigureRoleStyle>(StringComparer.Ordinal)
    {
        [Body] = new(Text, 5, null),

        // The far arm and leg: lighter, so the near limbs read on top of them.
        [Far] = new("#8c9894", 5, null),
        [WorkingLeg] = new(Working, 6, null),
        [Head] = new(Text, 0, Text),
        [Floor] = new(Text, 2, null),
        [Kit] = new(Brand, 2, "#dcebe5"),
        [Band] = new(Brand, 3, null),
        [Bell] = new(Brand, 0, Brand),
        [Arrow] = new(Brand, 3, null),
    };
}
