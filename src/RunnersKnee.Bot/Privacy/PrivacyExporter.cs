using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;

namespace RunnersKnee.Bot.Privacy;

/// <summary>Builds the "export my data" file of one conversation from what is stored, in a turn or for a download link.</summary>
public sealed class PrivacyExporter(IStorage storage, PrimaryState primaryState, PrivacySummary summary, TextCatalog texts, TimeProvider time, IOptions<PrivacyOptions> options)
{
    /// <param name="current">The turn's own view of the state (newer than the stored one); null reads it from the store.</param>
    /// <param name="currentHistory">The turn's own view of the history, likewise.</param>
    public async Task<PrivacyExport> ExportAsync(string channelId, string conversationId, string userId, CoachState? current, CoachHistory? currentHistory, string? locale, CancellationToken cancellationToken)
    {
        var coachKey = primaryState.KeyFor(channelId, conversationId, userId);
        var conversationKey = ConversationState.KeyFor(channelId, conversationId);
        var userKey = UserState.KeyFor(channelId, userId);
        var stored = await storage.ReadAsync([.. new[] { coachKey, conversationKey, userKey }.Distinct()], cancellationToken);
        var coach = Parse(stored.GetValueOrDefault(coachKey));
        var state = current ?? coach?["coach"]?.Deserialize<CoachState>(BotJson.Options) ?? new CoachState();
        var history = currentHistory ?? coach?[CoachHistoryAccessor.PropertyName]?.Deserialize<CoachHistory>(BotJson.Options);
        var plan = coach?[PlanAccessor.PropertyName]?.Deserialize<PlanLevels>(BotJson.Options);
        var retention = options.Value.RetentionDays;
        var reference = state.Reference;
        return new PrivacyExport(
            texts.Get("privacy.exportAbout", locale),
            time.GetUtcNow(),
            retention,
            state.LastSeen?.AddDays(retention),
            summary.For(state, retention, locale),
            reference is null ? null : new PrivacyExportConversation(reference.ChannelId, reference.Conversation.Id, reference.User?.Id, reference.User?.Name, state.LastSeen),
            state.Intake,
            state.Outcome,
            state.WorkoutLocked,
            state.Workout,
            history,
            plan,
            coach?[PersonRemindersAccessor.PropertyName]?.Deserialize<PersonReminders>(BotJson.Options),
            new PrivacyExportStored(coach, coachKey == conversationKey ? null : Parse(stored.GetValueOrDefault(conversationKey)), Parse(stored.GetValueOrDefault(userKey))));
    }

    private static JsonNode? Parse(StoreItem? item) => item is null ? null : JsonNode.Parse(item.Content.ToMemory().Span);
}
