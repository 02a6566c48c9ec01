using SkiaSharp;

namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// Draws the same shapes as <see cref="FigureSvg"/> into a PNG with SkiaSharp, for Teams (which shows card images
/// from a URL, not SVG): start and end side by side with an arrow, at twice the frame's size for sharp phone screens.
/// No text is drawn, so no font is needed on the server; the words are the card's alt text.
/// </summary>
public static class FigurePng
{
    private const float Scale = 2;

    public static byte[] Combined(FigureFrame frame, IReadOnlyList<FigureShape> start, IReadOnlyList<FigureShape> end)
    {
        var width = (frame.Width * 2) + FigureStyle.Gap;
        using var surface = SKSurface.Create(new SKImageInfo((int)(width * Scale), (int)(frame.Height * Scale), SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse(FigureStyle.Background));
        canvas.Scale(Scale);
        Draw(canvas, start);
        Draw(canvas, FigureScene.Arrow(frame));
        canvas.Translate((float)(frame.Width + FigureStyle.Gap), 0);
        Draw(canvas, end);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Draw(SKCanvas canvas, IReadOnlyList<FigureShape> shapes)
    {
        foreach (var shape in shapes)
        {
            var style = FigureStyle.Roles[shape.Role];
            using var path = PathOf(shape);
            if (style.Fill is { } fill)
            {
                using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = SKColor.Parse(fill) };
                canvas.DrawPath(path, paint);
            }

            if (style.Width > 0)
            {
                using var paint = new SKPaint
                {
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    Color = SKColor.Parse(style.Stroke),
                    StrokeWidth = (float)style.Width,
                    StrokeCap = SKStrokeCap.Round,
                    StrokeJoin = SKStrokeJoin.Round,
                };
                canvas.DrawPath(path, paint);
            }
        }
    }

    private static SKPath PathOf(FigureShape shape)
    {
        var v = shape.Values.Select(value => (float)value).ToArray();
        var path = new SKPath();
        switch (shape.Kind)
        {
            case FigureShape.Circle:
                path.AddCircle(v[0], v[1], v[2]);
                break;
            case FigureShape.Rect:
                path.AddRoundRect(SKRect.Create(v[0], v[1], v[2], v[3]), 2, 2);
                break;
            default:
                path.MoveTo(v[0], v[1]);
                for (var i = 2; i < v.Length; i += 2)
                {
                    path.LineTo(v[i], v[i + 1]);
                }

                break;
        }

        return path;
    }
}
