using System.Text.Json.Nodes;

namespace RunnersKnee.Bot.Privacy;

/// <summary>
/// The stored documents as kept: the person's (answers, workout, dialog position, kept per person and channel), and the
/// conversation's and user's documents of the protocol layer, empty unless something else wrote them.
/// </summary>
public sealed record PrivacyExportStored(JsonNode? PersonState, JsonNode? ConversationState, JsonNode? UserState);
