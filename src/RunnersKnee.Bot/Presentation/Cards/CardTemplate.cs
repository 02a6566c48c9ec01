using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>
/// An Adaptive Card template (a small subset of the Adaptive Cards templating language):
/// <list type="bullet">
/// <item><c>"${name}"</c> as a whole string value is replaced by the bound JSON value (text, number, object, array);</item>
/// <item>an array element that is <c>"${name}"</c> bound to an array is spliced in, element by element;</item>
/// <item><c>${name}</c> inside a longer string is replaced by the value's text;</item>
/// <item>an object with <c>"$when": "${name}"</c> is dropped unless the value is true (or a non-empty value).</item>
/// </list>
/// Binding a name the values do not have is an error, so a card never shows a raw placeholder.
/// </summary>
public sealed partial class CardTemplate
{
    private readonly JsonObject _template;
    private readonly CompiledCardTemplate _compiled;

    public CardTemplate(string name, JsonObject template)
    {
        Name = name;
        _template = template;
        Placeholders = CollectPlaceholders(template);
        _compiled = new CompiledCardTemplate(this, template);
    }

    public string Name { get; }

    /// <summary>The placeholder names the template uses.</summary>
    public IReadOnlySet<string> Placeholders { get; }

    public JsonObject Bind(IReadOnlyDictionary<string, JsonNode?> values)
    {
        var bound = BindNode(_template, values);
        return bound as JsonObject ?? throw new InvalidOperationException($"Card '{Name}' did not bind to an object.");
    }

    /// <summary>Writes the bound card straight to JSON: the same JSON as <see cref="Bind"/> serialized, without building its tree.</summary>
    public void WriteTo(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonNode?> values) => _compiled.WriteTo(writer, values);

    /// <summary>The name in a string that is one whole placeholder, <c>"${name}"</c>; otherwise null.</summary>
    internal static string? WholePlaceholderName(string text) => WholePlaceholder().Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    internal static bool HasPlaceholder(string text) => Placeholder().IsMatch(text);

    /// <summary>A string with placeholders inside, the values' texts put in.</summary>
    internal string FillText(string text, IReadOnlyDictionary<string, JsonNode?> values) =>
        Placeholder().Replace(text, m => TextOf(Lookup(m.Groups[1].Value, values)));

    /// <summary>Whether an object's <c>$when</c> keeps it.</summary>
    internal bool IsTrueCondition(JsonNode? condition, IReadOnlyDictionary<string, JsonNode?> values) =>
        condition is JsonValue value && value.GetValueKind() == JsonValueKind.String && WholePlaceholderName(value.GetValue<string>()) is { } name
            ? IsTrue(Lookup(name, values))
            : IsTrue(BindNode(condition, values));

    internal JsonNode? Lookup(string placeholder, IReadOnlyDictionary<string, JsonNode?> values) =>
        values.TryGetValue(placeholder, out var value)
            ? value
            : throw new KeyNotFoundException($"Card '{Name}' needs a value for '{placeholder}'.");

    private JsonNode? BindNode(JsonNode? node, IReadOnlyDictionary<string, JsonNode?> values) => node switch
    {
        JsonObject obj => BindObject(obj, values),
        JsonArray array => BindArray(array, values),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => BindString(value.GetValue<string>(), values),
        _ => node?.DeepClone(),
    };

    private JsonObject? BindObject(JsonObject obj, IReadOnlyDictionary<string, JsonNode?> values)
    {
        if (obj.TryGetPropertyValue("$when", out var condition) && !IsTrue(BindNode(condition, values)))
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var (key, child) in obj)
        {
            if (key == "$when")
            {
                continue;
            }

            // A property whose whole value is a placeholder bound to nothing is left out (e.g. "refresh" outside Teams).
            var bound = BindNode(child, values);
            if (bound is not null || !IsWholePlaceholder(child))
            {
                result[key] = bound;
            }
        }

        return result;
    }

    private JsonArray BindArray(JsonArray array, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is JsonValue value && value.GetValueKind() == JsonValueKind.String
                && WholePlaceholder().Match(value.GetValue<string>()) is { Success: true } match
                && Lookup(match.Groups[1].Value, values) is JsonArray spliced)
            {
                foreach (var element in spliced)
                {
                    result.Add(element?.DeepClone());
                }

                continue;
            }

            var bound = BindNode(item, values);
            if (bound is not null || item is null)
            {
                result.Add(bound);
            }
        }

        return result;
    }

    private JsonNode? BindString(string text, IReadOnlyDictionary<string, JsonNode?> values)
    {
        var whole = WholePlaceholder().Match(text);
        if (whole.Success)
        {
            return Lookup(whole.Groups[1].Value, values)?.DeepClone();
        }

        return JsonValue.Create(FillText(text, values));
    }

    private static string TextOf(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private static bool IsTrue(JsonNode? node) => node switch
    {
        null => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.False => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length > 0,
        JsonArray array => array.Count > 0,
        _ => true,
    };

    private static bool IsWholePlaceholder(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && WholePlaceholder().IsMatch(value.GetValue<string>());

    private static HashSet<string> CollectPlaceholders(JsonNode node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Placeholder().Matches(node.ToJsonString()))
        {
            names.Add(match.Groups[1].Value);
        }

        return names;
    }

    [GeneratedRegex(@"^\$\{([A-Za-z_][A-Za-z0-9_.]*)\}$")]
    private static partial Regex WholePlaceholder();

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_.]*)\}")]
    private static partial Regex Placeholder();
}
