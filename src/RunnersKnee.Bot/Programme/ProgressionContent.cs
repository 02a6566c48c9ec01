using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Programme;

/// <summary>
/// The progression rules' numbers and every exercise's ladder, from <c>Content/Exercises/progression.json</c>, checked at
/// start against the catalog (<see cref="ProgressionContentValidator"/>): a level above the article's dosage, a ladder
/// out of order or a missing start level stops the app, as a bad catalog does.
/// </summary>
public sealed class ProgressionContent
{
    internal const string ContentPath = "Exercises/progression.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private readonly FrozenDictionary<string, ExerciseLadder> _byExercise;

    public ProgressionContent(ExerciseCatalog catalog)
        : this(catalog, LoadEmbedded())
    {
    }

    private ProgressionContent(ExerciseCatalog catalog, ProgressionDocument document)
    {
        ProgressionContentValidator.Validate(catalog, document.Rules, document.Ladders);
        Rules = document.Rules;

        // In the catalog's (coaching) order, so changes are told in the order the exercises come.
        Ladders = [.. document.Ladders.OrderBy(ladder => catalog.IndexOf(ladder.Exercise))];
        _byExercise = Ladders.ToFrozenDictionary(ladder => ladder.Exercise, StringComparer.Ordinal);
    }

    public ProgressionThresholds Rules { get; }

    public IReadOnlyList<ExerciseLadder> Ladders { get; }

    public ExerciseLadder LadderFor(string exerciseId) =>
        _byExercise.TryGetValue(exerciseId, out var ladder) ? ladder : throw new KeyNotFoundException($"No ladder for '{exerciseId}'.");

    /// <summary>The dosage of every exercise at the person's levels.</summary>
    public IReadOnlyDictionary<string, Dosage> DosagesAt(PlanLevels plan) =>
        Ladders.ToDictionary(ladder => ladder.Exercise, ladder => ladder.DosageAt(plan.LevelOf(ladder)), StringComparer.Ordinal);

    /// <summary>The dosage an exercise starts at (and "reset my plan" returns to).</summary>
    public Dosage StartDosageOf(string exerciseId)
    {
        var ladder = LadderFor(exerciseId);
        return ladder.DosageAt(ladder.StartLevel);
    }

    public static ProgressionContent Parse(ExerciseCatalog catalog, string json) => new(catalog, Read(json));

    private static ProgressionDocument LoadEmbedded()
    {
        using var stream = ContentFiles.Open(ContentPath);
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd());
    }

    private static ProgressionDocument Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ProgressionDocument>(json, JsonOptions)
                ?? throw new ExerciseCatalogException($"Content/{ContentPath} is empty.");
        }
        catch (JsonException exception)
        {
            throw new ExerciseCatalogException($"Content/{ContentPath} does not have the expected shape at {exception.Path ?? "$"}: {exception.Message}", null, exception.Path, exception);
        }
    }

    private sealed record ProgressionDocument(string ReviewStatus, IReadOnlyList<string> Notes, ProgressionThresholds Rules, IReadOnlyList<ExerciseLadder> Ladders);
}
