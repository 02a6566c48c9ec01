using System.Text.Json;

namespace RunnersKnee.BotFramework.Schema;

/// <summary>
/// The body of the answer to an <c>adaptiveCard/action</c> invoke (Universal Actions): the card Teams shows in
/// place of the one that was clicked.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    public static AdaptiveCardInvokeResponse Card(JsonElement card) => new(200, CardContentType, card);
}
