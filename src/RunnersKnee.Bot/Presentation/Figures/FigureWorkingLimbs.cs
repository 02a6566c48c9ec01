namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>Which legs the drawing highlights as doing the work.</summary>
public enum FigureWorkingLimbs
{
    /// <summary>The leg of the <c>knee</c>, <c>ankle</c> and <c>toe</c> joints; the other leg is drawn as the far one.</summary>
    Leg,

    /// <summary>Both legs (a wall squat works both).</summary>
    Both,
}
