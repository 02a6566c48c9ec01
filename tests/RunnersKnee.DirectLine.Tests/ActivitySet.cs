using System.Text.Json;

namespace RunnersKnee.DirectLine.Tests;

/// <summary>An ActivitySet as the browser receives it: raw JSON activities and the watermark string.</summary>
internal sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string? Watermark)
{
    public static ActivitySet Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var activities = root.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList();
        return new ActivitySet(activities, root.TryGetProperty("watermark", out var watermark) ? watermark.GetString() : null);
    }
}
