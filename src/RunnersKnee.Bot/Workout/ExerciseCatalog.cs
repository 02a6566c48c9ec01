using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using RunnersKnee.Bot.Content;

namespace RunnersKnee.Bot.Workout;

/// <summary>
/// The exercises of the programme in the order they are coached, loaded once from <c>Content/Exercises/exercises.json</c>
/// (embedded) and validated: bad data is a start-up error, never a wrong number shown to someone mid-workout.
/// </summary>
public sealed partial class ExerciseCatalog
{
    internal const string ContentPath = "Exercises/exercises.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field in reviewed content must fail loudly instead of being ignored.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,

        // A deleted "perSide" or "holdSeconds" would otherwise quietly become false or 0.
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private readonly FrozenDictionary<string, int> _indexes;

    public ExerciseCatalog()
        : this(LoadEmbedded())
    {
    }

    private ExerciseCatalog(CatalogDocument document)
    {
        ExerciseCatalogValidator.Validate(document.Exercises, document.Article, document.SideNames);
        Article = document.Article;
        SideNames = [.. document.SideNames];
        Exercises = [.. document.Exercises];
        _indexes = Exercises.Select((exercise, index) => (exercise.Id, index)).ToFrozenDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
    }

    public ArticleReference Article { get; }

    /// <summary>
    /// The words the steps' <c>{side}</c> and <c>{otherSide}</c> stand for, side 0 first ("left", "right"): the side a
    /// card names is the working or standing leg, left first as the article writes its step-downs.
    /// </summary>
    public IReadOnlyList<string> SideNames { get; }

    /// <summary>The exercises in coaching (article) order.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Reads and validates a catalog from JSON; throws <see cref="ExerciseCatalogException"/> when it is invalid.</summary>
    public static ExerciseCatalog Load(Stream json) => new(Read(json));

    public static ExerciseCatalog Parse(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream);
    }

    public Exercise Get(string id) =>
        TryGet(id, out var exercise) ? exercise : throw new KeyNotFoundException($"No exercise has the id '{id}'.");

    public bool TryGet(string id, [NotNullWhen(true)] out Exercise? exercise)
    {
        exercise = _indexes.TryGetValue(id, out var index) ? Exercises[index] : null;
        return exercise is not null;
    }

    /// <summary>The exercise's position in the programme, or -1 when the id is unknown.</summary>
    public int IndexOf(string id) => _indexes.TryGetValue(id, out var index) ? index : -1;

    private static CatalogDocument LoadEmbedded()
    {
        using var stream = ContentFiles.Open(ContentPath);
        return Read(stream);
    }

    private static CatalogDocument Read(Stream json)
    {
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        var bytes = buffer.ToArray();
        try
        {
            return JsonSerializer.Deserialize<CatalogDocument>(bytes, JsonOptions)
                ?? throw new ExerciseCatalogException("The exercise catalog is empty (null).");
        }
        catch (JsonException exception)
        {
            var (exerciseId, field) = Locate(bytes, exception.Path);
            var where = (exerciseId, field) switch
            {
                (null, _) => $"at {exception.Path ?? "$"}",
                (_, null) => $"in exercise '{exerciseId}'",
                _ => $"in exercise '{exerciseId}' at {field}",
            };
            throw new ExerciseCatalogException(
                $"The exercise catalog does not have the expected shape {where}: {exception.Message}", exerciseId, field ?? exception.Path, exception);
        }
    }

    /// <summary>Turns a JSON path like <c>$.exercises[3].dosage.unit</c> into the exercise's id and <c>dosage.unit</c>.</summary>
    private static (string? ExerciseId, string? Field) Locate(byte[] json, string? path)
    {
        var match = path is null ? null : ExercisePath().Match(path);
        if (match is not { Success: true })
        {
            return (null, null);
        }

        var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        string? id = null;
        try
        {
            id = (JsonNode.Parse(json)?["exercises"] as JsonArray)?.ElementAtOrDefault(index)?["id"]?.GetValue<string>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            // Not parseable as plain JSON either: the index is all there is to report.
        }

        var field = match.Groups[2].Value.TrimStart('.');
        return (id ?? $"#{index}", field.Length == 0 ? null : field);
    }

    private sealed record CatalogDocument(ArticleReference Article, IReadOnlyList<string> SideNames, IReadOnlyList<Exercise> Exercises);

    [GeneratedRegex(@"^\$\.exercises\[(\d+)\](.*)$")]
    private static partial Regex ExercisePath();
}
