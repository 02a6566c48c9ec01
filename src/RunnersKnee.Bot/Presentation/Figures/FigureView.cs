namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>Where the figure is seen from: the side that shows the move's angles best.</summary>
public enum FigureView
{
    /// <summary>From the side: knee and hip angles show as drawn.</summary>
    Side,

    /// <summary>From the front: a step out to the side shows as feet moving apart.</summary>
    Front,

    /// <summary>From above, lying on a mat (the clam's bent hips and knees lie in the floor's plane).</summary>
    Above,
}
