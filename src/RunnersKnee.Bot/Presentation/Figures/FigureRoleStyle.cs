namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>How shapes of one role are painted: the line's colour and width, and the fill (null: none).</summary>
public sealed record FigureRoleStyle(string Stroke, double Width, string? Fill);
