using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Presentation.Cards;

/// <summary>Binds a template and wraps it as an activity attachment.</summary>
public sealed class CardFactory(CardLibrary library)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public JsonObject Bind(string template, IReadOnlyDictionary<string, JsonNode?> values) => library[template].Bind(values);

    public Attachment CreateAttachment(string template, IReadOnlyDictionary<string, JsonNode?> values) => new()
    {
        ContentType = AdaptiveCardContentType,
        Content = JsonSerializer.SerializeToElement(Bind(template, values)),
    };
}
