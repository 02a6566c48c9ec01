using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Presentation.Figures;

/// <summary>
/// The figure of every exercise, from <c>Content/Figures/figures.json</c>, checked at start against the catalog and
/// the article's numbers (<see cref="FigureValidator"/>): a figure that is missing, has no start or end, lacks an alt
/// text or bends a knee past the article's limit stops the app.
/// </summary>
public sealed class FigureLibrary
{
    internal const string ContentPath = "Figures/figures.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private readonly FrozenDictionary<string, ExerciseFigure> _byExercise;

    public FigureLibrary(ExerciseCatalog catalog)
        : this(catalog, ReadEmbedded())
    {
    }

    private FigureLibrary(ExerciseCatalog catalog, (FigureDocument Document, string Version) content)
    {
        var document = content.Document;
        FigureValidator.Validate(catalog, document.Frame, document.Figures);
        Frame = document.Frame;
        Version = content.Version;
        _byExercise = document.Figures.ToFrozenDictionary(f => f.Exercise, StringComparer.Ordinal);
    }

    public FigureFrame Frame { get; }

    /// <summary>
    /// A short hash of the file: image URLs carry it, so they can be cached for a year and still change the day the
    /// reviewed drawings do.
    /// </summary>
    public string Version { get; }

    public ExerciseFigure Get(string exerciseId) =>
        _byExercise.TryGetValue(exerciseId, out var figure) ? figure : throw new KeyNotFoundException($"No figure for the exercise '{exerciseId}'.");

    public bool Has(string exerciseId) => _byExercise.ContainsKey(exerciseId);

    public static FigureLibrary Parse(ExerciseCatalog catalog, string json) =>
        new(catalog, Read(System.Text.Encoding.UTF8.GetBytes(json)));

    private static (FigureDocument, string) ReadEmbedded()
    {
        using var stream = ContentFiles.Open(ContentPath);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray());
    }

    private static (FigureDocument, string) Read(byte[] json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<FigureDocument>(json, JsonOptions)
                ?? throw new ExerciseCatalogException($"Content/{ContentPath} is empty.");
            return (document, Convert.ToHexStringLower(SHA256.HashData(json))[..12]);
        }
        catch (JsonException exception)
        {
            throw new ExerciseCatalogException($"Content/{ContentPath} does not have the expected shape at {exception.Path ?? "$"}: {exception.Message}", field: exception.Path, innerException: exception);
        }
    }

    private sealed record FigureDocument(string ReviewStatus, FigureFrame Frame, IReadOnlyList<ExerciseFigure> Figures);
}
