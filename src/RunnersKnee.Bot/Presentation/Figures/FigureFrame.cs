namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>The box every keyframe is drawn in (y grows downward), and the height of the floor line in it.</summary>
public sealed record FigureFrame(double Width, double Height, double FloorY);
