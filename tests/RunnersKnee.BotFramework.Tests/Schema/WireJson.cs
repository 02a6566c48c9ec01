using System.Globalization;
using System.Text.Json.Nodes;

namespace RunnersKnee.BotFramework.Tests.Schema;

/// <summary>
/// Compares activity JSON by meaning, not bytes: property order and number spelling do not matter, and the
/// top-level timestamps compare as instants with their offsets (the writer always uses 7 fraction digits).
/// </summary>
internal static class WireJson
{
    private static readonly string[] TimestampFields = ["timestamp", "localTimestamp"];

    /// <summary>Parses <paramref name="json"/>; readable timestamps are normalised, unreadable ones dropped.</summary>
    public static JsonObject Normalize(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        foreach (var field in TimestampFields)
        {
            if (root[field] is not JsonValue value)
            {
                continue;
            }

            if (value.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                root[field] = parsed.ToString("O", CultureInfo.InvariantCulture);
            }
            else
            {
                root.Remove(field);
            }
        }

        return root;
    }

    public static void AssertEquivalent(JsonNode expected, JsonNode actual) =>
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"JSON differs.{Environment.NewLine}Expected: {expected.ToJsonString()}{Environment.NewLine}Actual:   {actual.ToJsonString()}");

    /// <summary>Every property name in <paramref name="node"/>, except inside the free-form members named in <paramref name="freeForm"/>.</summary>
    public static IEnumerable<string> PropertyNames(JsonNode? node, params string[] freeForm)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    yield return name;
                    if (Array.IndexOf(freeForm, name) >= 0)
                    {
                        continue;
                    }

                    foreach (var nested in PropertyNames(child, freeForm))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                foreach (var nested in array.SelectMany(item => PropertyNames(item, freeForm)))
                {
                    yield return nested;
                }

                break;
        }
    }
}
