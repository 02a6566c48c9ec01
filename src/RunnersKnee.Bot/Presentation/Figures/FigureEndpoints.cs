namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// <c>GET /figures/{exercise}[-{side}].png|.svg</c>: an exercise's start → end drawing. The address names only the
/// exercise and side, never a person, and the drawing changes only with the content (whose version the card's URL
/// carries), so it may be cached for a year.
/// </summary>
public static class FigureEndpoints
{
    private const string CacheForAYear = "public, max-age=31536000, immutable";

    public static IEndpointConventionBuilder MapFigures(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(FigureImages.PathPrefix + "{file}", Handle);

    private static IResult Handle(string file, HttpContext http, FigureImages images)
    {
        var extension = Path.GetExtension(file);
        if (extension is not (".png" or ".svg") || !images.TryRead(file, out var exerciseId, out var side))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = CacheForAYear;
        return extension == ".png"
            ? Results.Bytes(images.Png(exerciseId, side), "image/png")
            : Results.Text(images.Svg(exerciseId, side), "image/svg+xml", System.Text.Encoding.UTF8);
    }
}
