using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// The figure images of a card's exercise and side: the start → end PNG (Teams) and SVG (web), each drawn once and
/// kept in memory, their alt text, their public URL (no person in it: only the exercise and the side), and the poses
/// the web timer moves between.
/// </summary>
public sealed class FigureImages(FigureLibrary figures, ExerciseCatalog catalog, TextCatalog texts, IOptions<BotOptions> options)
{
    /// <summary>The path the images are served under (<see cref="FigureEndpoints"/>).</summary>
    public const string PathPrefix = "/figures/";

    private readonly ConcurrentDictionary<(string Exercise, int Side), Lazy<byte[]>> _pngs = new();
    private readonly ConcurrentDictionary<(string Exercise, int Side), Lazy<string>> _svgs = new();
    private readonly ConcurrentDictionary<(string Exercise, int Side), JsonElement> _live = new();

    public byte[] Png(string exerciseId, int side) =>
        _pngs.GetOrAdd((exerciseId, SideOf(exerciseId, side)), key => new Lazy<byte[]>(() =>
        {
            var (start, end) = Scenes(key.Exercise, key.Side);
            return FigurePng.Combined(figures.Frame, start, end);
        })).Value;

    public string Svg(string exerciseId, int side) =>
        _svgs.GetOrAdd((exerciseId, SideOf(exerciseId, side)), key => new Lazy<string>(() =>
        {
            var (start, end) = Scenes(key.Exercise, key.Side);
            return FigureSvg.Combined(figures.Frame, start, end, Alt(key.Exercise, key.Side));
        })).Value;

    /// <summary>What the combined image shows, in words: the start pose, then the pose the move goes to.</summary>
    public string Alt(string exerciseId, int side, string? locale = null)
    {
        var figure = figures.Get(exerciseId);
        return texts.Format("figure.alt", locale, ("start", Words(figure.Start, exerciseId, side)), ("target", Words(figure.Target, exerciseId, side)));
    }

    /// <summary>The file name of the image without extension: the exercise, and the side for a per-side exercise.</summary>
    public string FileName(string exerciseId, int side) =>
        catalog.Get(exerciseId).Dosage.PerSide ? $"{exerciseId}-{catalog.SideNames[side]}" : exerciseId;

    /// <summary>
    /// The PNG's absolute https address for a card, or null when no public base URL is configured (the card is then
    /// text only). It carries the content's version, so a year's caching never shows an outdated drawing.
    /// </summary>
    public Uri? CardUrl(string exerciseId, int side)
    {
        var baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');
        return string.IsNullOrEmpty(baseUrl) || !Uri.TryCreate($"{baseUrl}{PathPrefix}{FileName(exerciseId, side)}.png?v={figures.Version}", UriKind.Absolute, out var url)
            ? null
            : url;
    }

    /// <summary>
    /// Reads a requested file name ("wall-squats.png", "hamstring-curls-right.svg"): the exercise and side, or false
    /// for anything else. A per-side exercise without a side is its first side.
    /// </summary>
    public bool TryRead(string fileName, out string exerciseId, out int side)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        for (side = 0; side < catalog.SideNames.Count; side++)
        {
            var suffix = "-" + catalog.SideNames[side];
            if (name.EndsWith(suffix, StringComparison.Ordinal) && figures.Has(name[..^suffix.Length]))
            {
                exerciseId = name[..^suffix.Length];
                return true;
            }
        }

        side = 0;
        exerciseId = name;
        return figures.Has(name);
    }

    /// <summary>
    /// What the web timer needs to draw and move the figure: the frame, the styles, the start and target poses as
    /// shapes in the same order (the page moves each number between them) and the two poses' words. Built once per
    /// exercise and side: every timed turn sends it.
    /// </summary>
    public JsonElement LiveContent(string exerciseId, int side) =>
        _live.GetOrAdd((exerciseId, SideOf(exerciseId, side)), key => BotJson.ToElement(BuildLiveContent(key.Exercise, key.Side)));

    private JsonObject BuildLiveContent(string exerciseId, int side)
    {
        var figure = figures.Get(exerciseId);
        var mirrored = side == 1;
        var styles = new JsonObject();
        foreach (var (role, style) in FigureStyle.Roles)
        {
            styles[role] = new JsonObject { ["stroke"] = style.Stroke, ["width"] = style.Width, ["fill"] = style.Fill };
        }

        return new JsonObject
        {
            ["width"] = figures.Frame.Width,
            ["height"] = figures.Frame.Height,
            ["background"] = FigureStyle.Background,
            ["styles"] = styles,
            ["start"] = Shapes(FigureScene.Build(figures.Frame, figure, figure.Start, mirrored)),
            ["target"] = Shapes(FigureScene.Build(figures.Frame, figure, figure.Target, mirrored)),
            ["startAlt"] = Words(figure.Start, exerciseId, side),
            ["targetAlt"] = Words(figure.Target, exerciseId, side),
        };
    }

    private static JsonArray Shapes(IReadOnlyList<FigureShape> shapes) =>
        new([.. shapes.Select(s => (JsonNode)new JsonObject
        {
            ["kind"] = s.Kind,
            ["role"] = s.Role,
            ["values"] = new JsonArray([.. s.Values.Select(v => (JsonNode)JsonValue.Create(Math.Round(v, 1)))]),
        })]);

    private (IReadOnlyList<FigureShape> Start, IReadOnlyList<FigureShape> End) Scenes(string exerciseId, int side)
    {
        var figure = figures.Get(exerciseId);
        var mirrored = side == 1;
        return (FigureScene.Build(figures.Frame, figure, figure.Start, mirrored), FigureScene.Build(figures.Frame, figure, figure.Target, mirrored));
    }

    private string Words(FigureKeyframe keyframe, string exerciseId, int side) =>
        keyframe.Alt
            .Replace("{side}", catalog.SideNames[SideOf(exerciseId, side)], StringComparison.Ordinal)
            .Replace("{otherSide}", catalog.SideNames[1 - SideOf(exerciseId, side)], StringComparison.Ordinal)
            .TrimEnd('.');

    // An exercise done on both legs at once has one drawing.
    private int SideOf(string exerciseId, int side) => catalog.Get(exerciseId).Dosage.PerSide ? Math.Clamp(side, 0, 1) : 0;
}
