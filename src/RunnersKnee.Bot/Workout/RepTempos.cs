using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunnersKnee.Bot.Content;

namespace RunnersKnee.Bot.Workout;

/// <summary>
/// The pace of a rep for every exercise counted in reps, from <c>Content/Exercises/rep-tempo.json</c>, checked at start
/// against the catalog: a rep exercise without a tempo, an unknown exercise or a pace outside 1-10 seconds stops the app.
/// </summary>
public sealed class RepTempos
{
    internal const string ContentPath = "Exercises/rep-tempo.json";
    private const int MaxSeconds = 10;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    private readonly FrozenDictionary<string, RepTempo> _byExercise;

    public RepTempos(ExerciseCatalog catalog)
        : this(catalog, LoadEmbedded())
    {
    }

    private RepTempos(ExerciseCatalog catalog, TempoDocument document)
    {
        var problems = new List<string>();
        foreach (var tempo in document.Tempos)
        {
            if (!catalog.TryGet(tempo.Exercise, out _))
            {
                problems.Add($"'{tempo.Exercise}' is not an exercise of the catalog");
            }

            if (tempo.MoveSeconds is < 1 or > MaxSeconds || tempo.ReturnSeconds is < 1 or > MaxSeconds)
            {
                problems.Add($"'{tempo.Exercise}' needs move and return seconds from 1 to {MaxSeconds}");
            }

            if (string.IsNullOrWhiteSpace(tempo.Quote))
            {
                problems.Add($"'{tempo.Exercise}' needs the article's words it is read from (quote)");
            }
        }

        problems.AddRange(document.Tempos.GroupBy(t => t.Exercise).Where(g => g.Count() > 1).Select(g => $"'{g.Key}' has more than one tempo"));
        problems.AddRange(catalog.Exercises
            .Where(e => e.Dosage.Unit == DosageUnit.Reps && document.Tempos.All(t => t.Exercise != e.Id))
            .Select(e => $"'{e.Id}' is counted in reps but has no tempo"));
        if (problems.Count > 0)
        {
            throw new ExerciseCatalogException($"Content/{ContentPath} is not valid: {string.Join("; ", problems)}.");
        }

        _byExercise = document.Tempos.ToFrozenDictionary(t => t.Exercise, StringComparer.Ordinal);
    }

    /// <summary>The tempo of a rep exercise; null for one counted in distance.</summary>
    public RepTempo? For(string exerciseId) => _byExercise.GetValueOrDefault(exerciseId);

    public static RepTempos Parse(ExerciseCatalog catalog, string json) =>
        new(catalog, JsonSerializer.Deserialize<TempoDocument>(json, JsonOptions) ?? throw new ExerciseCatalogException("The tempo file is empty."));

    private static TempoDocument LoadEmbedded()
    {
        using var stream = ContentFiles.Open(ContentPath);
        return JsonSerializer.Deserialize<TempoDocument>(stream, JsonOptions)
            ?? throw new ExerciseCatalogException($"Content/{ContentPath} is empty.");
    }

    private sealed record TempoDocument(string ReviewStatus, IReadOnlyList<RepTempo> Tempos);
}
