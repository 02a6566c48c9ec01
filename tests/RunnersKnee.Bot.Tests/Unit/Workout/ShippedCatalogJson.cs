using System.Text.Json.Nodes;
using RunnersKnee.Bot.Content;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Workout;

/// <summary>The shipped exercises.json as editable JSON, to build one broken variant per test.</summary>
internal static class ShippedCatalogJson
{
    public static JsonObject Document()
    {
        using var stream = ContentFiles.Open(ExerciseCatalog.ContentPath);
        return JsonNode.Parse(stream)!.AsObject();
    }

    public static JsonObject Exercise(JsonObject document, string id) =>
        document["exercises"]!.AsArray().Single(exercise => exercise!["id"]!.GetValue<string>() == id)!.AsObject();

    /// <summary>The shipped catalog with one value replaced, e.g. <c>With("wall-squats", "dosage.min", 5)</c>.</summary>
    public static string With(string id, string path, JsonNode value)
    {
        var document = Document();
        var parts = path.Split('.');
        var target = parts[..^1].Aggregate((JsonNode)Exercise(document, id), (node, part) => node[part]!);
        target[parts[^1]] = value;
        return document.ToJsonString();
    }
}
