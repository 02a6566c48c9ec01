using System.Text.Json;
using System.Text.Json.Nodes;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Progress;

/// <summary>Reads a person's coach state and history from storage for a link's page (outside any turn; never writes).</summary>
public sealed class StoredPerson(IStorage storage, PrimaryState primaryState)
{
    public async Task<(CoachState State, CoachHistory History)?> ReadAsync(PersonLink link, CancellationToken cancellationToken)
    {
        var key = primaryState.KeyFor(link.ChannelId, link.ConversationId, link.UserId);
        if ((await storage.ReadAsync([key], cancellationToken)).GetValueOrDefault(key) is not { } item
            || JsonNode.Parse(item.Content.ToMemory().Span) is not JsonObject document)
        {
            return null;
        }

        var state = document["coach"]?.Deserialize<CoachState>(BotJson.Options) ?? new CoachState();
        var history = document[CoachHistoryAccessor.PropertyName]?.Deserialize<CoachHistory>(BotJson.Options) ?? new CoachHistory();
        return (state, history);
    }
}
