using System.Collections.Frozen;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Content;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>All card templates (<c>Content/Cards/*.json</c>, embedded), loaded and checked once at start.</summary>
public sealed class CardLibrary
{
    private readonly FrozenDictionary<string, CardTemplate> _templates;

    public CardLibrary()
    {
        var templates = new Dictionary<string, CardTemplate>(StringComparer.Ordinal);
        foreach (var path in ContentFiles.List("Cards"))
        {
            var name = ContentFiles.NameOf(path);
            using var stream = ContentFiles.Open(path);
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
