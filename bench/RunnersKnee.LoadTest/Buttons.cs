using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunnersKnee.LoadTest;

/// <summary>
/// The buttons of one turn's replies, read as a person reads the newest card: the intake question's id, and the
/// workout buttons (command name → data) of the newest session step.
/// </summary>
public sealed class Buttons
{
    private readonly Dictionary<string, JsonObject> _workout = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The intake question the newest card asks (its buttons' <c>q</c>), if any.</summary>
    public string? Question { get; private set; }

    /// <summary>A pain-check button's data (any score), if the newest card is the pain check.</summary>
    public JsonObject? PainCheck { get; private set; }

    public bool HasWorkout => _workout.Count > 0 || PainCheck is not null;

    public bool Has(string command) => _workout.ContainsKey(command);

    public JsonElement Click(string command) => JsonSerializer.SerializeToElement(_workout[command]);

    public JsonElement Pain(int score)
    {
        var data = (JsonObject)PainCheck!.DeepClone();
        data["answer"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return JsonSerializer.SerializeToElement(data);
    }

    public static Buttons Read(IEnumerable<byte[]> bodies)
    {
        var buttons = new Buttons();
        var step = -1;
        foreach (var body in bodies)
        {
            using var document = JsonDocument.Parse(body);
            buttons.Walk(document.RootElement, ref step);
        }

        return buttons;
    }

    private void Walk(JsonElement element, ref int step)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray())
            {
                Walk(child, ref step);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("q", out var q) && element.TryGetProperty("answer", out _))
        {
            Question = q.GetString();
        }
        else if (element.TryGetProperty("sessionId", out _) && element.TryGetProperty("step", out var stepElement))
        {
            Add(element, stepElement.GetInt32(), ref step);
        }

        foreach (var property in element.EnumerateObject())
        {
            Walk(property.Value, ref step);
        }
    }

    private void Add(JsonElement data, int dataStep, ref int step)
    {
        if (dataStep > step)
        {
            // A newer step: the buttons of older cards in the same turn are stale.
            step = dataStep;
            _workout.Clear();
            PainCheck = null;
        }
        else if (dataStep < step)
        {
            return;
        }

        var node = JsonNode.Parse(data.GetRawText())!.AsObject();
        if (data.TryGetProperty("command", out var command))
        {
            _workout[command.GetString()!] = node;
        }
        else if (data.TryGetProperty("answer", out _))
        {
            PainCheck = node;
        }
    }
}
