using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>A small builder for template values, so card code reads as name = value pairs.</summary>
public sealed class CardValues : Dictionary<string, JsonNode?>
{
    public CardValues()
        : base(StringComparer.Ordinal)
    {
    }

    public CardValues With(string name, JsonNode? value)
    {
        this[name] = value;
        return this;
    }

    public CardValues With(string name, string? value) => With(name, value is null ? null : JsonValue.Create(value));
}
