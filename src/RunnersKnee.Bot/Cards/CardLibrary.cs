using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Cards;

/// <summary>All card templates (<c>Content/Cards/*.json</c>, embedded), loaded and checked once at start.</summary>
public sealed class CardLibrary
{
    private const string ResourcePrefix = "RunnersKnee.Bot.Content.Cards.";
    private readonly FrozenDictionary<string, CardTemplate> _templates;

    public CardLibrary()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var templates = new Dictionary<string, CardTemplate>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..^".json".Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var json = JsonNode.Parse(stream) as JsonObject
                ?? throw new InvalidOperationException($"Card template '{name}' is not a JSON object.");
            if (json["type"]?.GetValue<string>() != "AdaptiveCard" || json["version"]?.GetValue<string>() != "1.5")
            {
                throw new InvalidOperationException($"Card template '{name}' must be an AdaptiveCard of version 1.5 (what Teams renders).");
            }

            templates[name] = new CardTemplate(name, json);
        }

        _templates = templates.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Names => _templates.Keys;

    public CardTemplate this[string name] =>
        _templates.TryGetValue(name, out var template) ? template : throw new KeyNotFoundException($"No card template '{name}'.");
}
