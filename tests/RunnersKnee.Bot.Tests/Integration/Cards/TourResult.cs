using System.Text.Json.Nodes;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Integration.Cards;

/// <summary>What the bot sent during a <see cref="CardTour"/>: every activity, and the cards invoke responses carried.</summary>
public sealed record TourResult(string ChannelId, IReadOnlyList<Activity> Sent, IReadOnlyList<JsonObject> InvokeCards)
{
    /// <summary>Every Adaptive Card sent, with its kind (null when no kind matched).</summary>
    public IEnumerable<(string? Kind, JsonObject Card)> Cards =>
        Sent.SelectMany(a => a.Attachments ?? [])
            .Where(a => a.ContentType == CardFactory.AdaptiveCardContentType)
            .Select(a => JsonNode.Parse(a.Content!.Value.GetRawText())!.AsObject())
            .Select(card => (CardKinds.Of(card), card))
            .Concat(InvokeCards.Select(card => (CardKinds.Of(card, invokeResponse: true), card)));
}
