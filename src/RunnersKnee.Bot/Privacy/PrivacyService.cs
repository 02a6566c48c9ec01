using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Texts;
using RunnersKnee.Bot.Timers;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Privacy;

/// <summary>"What do you know about me", "export my data" and "delete my data", over every store that holds any of it.</summary>
public sealed class PrivacyService(
    ConversationState conversationState,
    UserState userState,
    IDueEventScheduler scheduler,
    IEnumerable<IConversationTranscript> transcripts,
    PrivacySummary summary,
    TextCatalog texts,
    IStorage storage,
    TimeProvider time,
    IOptions<PrivacyOptions> options)
{
    public int RetentionDays => options.Value.RetentionDays;

    public string Summary(CoachState state, string? locale) => summary.For(state, RetentionDays, locale);

    /// <summary>Everything stored about the person, as a JSON file attachment.</summary>
    public async Task<Activity> ExportAsync(ITurnContext turn, CoachState state, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var conversationKey = ConversationState.KeyFor(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty);
        var userKey = UserState.KeyFor(activity.ChannelId ?? string.Empty, activity.From?.Id ?? string.Empty);
        var stored = await storage.ReadAsync([conversationKey, userKey], cancellationToken);
        var reference = state.Reference;
        var export = new PrivacyExport(
            texts.Get("privacy.exportAbout", activity.Locale),
            time.GetUtcNow(),
            RetentionDays,
            state.LastSeen?.AddDays(RetentionDays),
            Summary(state, activity.Locale),
            reference is null ? null : new PrivacyExportConversation(reference.ChannelId, reference.Conversation.Id, reference.User?.Id, reference.User?.Name, state.LastSeen),
            state.Intake,
            state.Outcome,
            state.WorkoutLocked,
            state.Workout,
            new PrivacyExportStored(Parse(stored.GetValueOrDefault(conversationKey)), Parse(stored.GetValueOrDefault(userKey))));
        return new Activity
        {
            Text = texts.Get("privacy.exportReady", activity.Locale),
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/json",
                    Name = PrivacyExport.FileName,
                    ContentUrl = "data:application/json;base64," + Convert.ToBase64String(export.ToUtf8Json()),
                },
            ],
        };
    }

    /// <summary>Erases conversation and user state, pending timers and the channel's transcript.</summary>
    public async Task DeleteAllAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        await scheduler.CancelConversationAsync(WorkoutTimers.ConversationKey(activity), cancellationToken);
        foreach (var transcript in transcripts)
        {
            await transcript.DeleteAsync(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, cancellationToken);
        }

        await userState.DeleteAsync(turn, cancellationToken);
        await conversationState.DeleteAsync(turn, cancellationToken);
    }

    private static JsonNode? Parse(StoreItem? item) => item is null ? null : JsonNode.Parse(item.Content.ToMemory().Span);
}
