namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>A point in a figure's frame (y grows downward, as in SVG and Skia).</summary>
public readonly record struct FigurePoint(double X, double Y)
{
    public double DistanceTo(FigurePoint other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));

    /// <summary>The angle at <paramref name="vertex"/> between <paramref name="a"/> and <paramref name="c"/>, in degrees (0-180).</summary>
    public static double AngleAt(FigurePoint a, FigurePoint vertex, FigurePoint c)
    {
        var (ax, ay, cx, cy) = (a.X - vertex.X, a.Y - vertex.Y, c.X - vertex.X, c.Y - vertex.Y);
        var lengths = Math.Sqrt((ax * ax) + (ay * ay)) * Math.Sqrt((cx * cx) + (cy * cy));
        return lengths == 0 ? 0 : Math.Acos(Math.Clamp(((ax * cx) + (ay * cy)) / lengths, -1, 1)) * 180 / Math.PI;
    }
}
