using System.Text.Json.Nodes;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Programme;

/// <summary>The shipped progression.json as editable JSON, to build one variant per test.</summary>
internal static class ShippedProgressionJson
{
    public static readonly ExerciseCatalog Catalog = new();

    public static JsonObject Document()
    {
        using var stream = ContentFiles.Open(ProgressionContent.ContentPath);
        return JsonNode.Parse(stream)!.AsObject();
    }

    public static JsonObject Ladder(JsonObject document, string exercise) =>
        document["ladders"]!.AsArray().Single(ladder => ladder!["exercise"]!.GetValue<string>() == exercise)!.AsObject();

    /// <summary>A level as the file writes it: reps (or feet) min to max, sets, hold, on each side or not.</summary>
    public static JsonObject Level(int level, int min, int max, int sets, int hold, bool perSide = false, string unit = "reps") => new()
    {
        ["level"] = level,
        ["dosage"] = new JsonObject { ["unit"] = unit, ["min"] = min, ["max"] = max, ["sets"] = sets, ["perSide"] = perSide, ["holdSeconds"] = hold },
        ["source"] = "test",
    };

    /// <summary>The shipped file with one exercise's ladder replaced.</summary>
    public static string WithLadder(string exercise, int startLevel, params JsonObject[] levels)
    {
        var document = Document();
        var ladder = Ladder(document, exercise);
        ladder["startLevel"] = startLevel;
        ladder["levels"] = new JsonArray([.. levels.Select(level => level.DeepClone())]);
        return document.ToJsonString();
    }

    public static ProgressionContent Parse(string json) => ProgressionContent.Parse(Catalog, json);
}
