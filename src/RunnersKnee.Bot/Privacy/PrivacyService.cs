using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.Connector;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.State;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Privacy;

/// <summary>"What do you know about me", "export my data" and "delete my data", over every store that holds any of it.</summary>
public sealed class PrivacyService(
    PrimaryState primaryState,
    ConversationState conversationState,
    UserState userState,
    CoachStateAccessor accessor,
    WorkoutTimers timers,
    IDueEventScheduler scheduler,
    IEnumerable<IConversationTranscript> transcripts,
    PrivacySummary summary,
    PrivacyExporter exporter,
    PersonLinks links,
    CoachHistoryAccessor history,
    TextCatalog texts,
    IOptions<BotOptions> bot,
    IOptions<PrivacyOptions> options)
{
    public int RetentionDays => options.Value.RetentionDays;

    public string Summary(CoachState state, string? locale) => summary.For(state, RetentionDays, locale);

    /// <summary>
    /// Everything stored about the person: a JSON file attachment where the chat can carry one (Web Chat), a
    /// short-lived download link in Teams, which cannot take a file from a bot without OneDrive.
    /// </summary>
    public async Task<Activity> ExportAsync(ITurnContext turn, CoachState state, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = activity.Locale;
        if (activity.ChannelId == Channels.MsTeams && bot.Value.PublicBaseUrl?.TrimEnd('/') is { Length: > 0 } baseUrl)
        {
            if (state.ExportLink is { } previous)
            {
                await links.DeleteAsync(previous, cancellationToken);
            }

            state.ExportLink = await links.CreateAsync(PersonLinkPurpose.Export, activity, options.Value.ExportLinkLifetime, cancellationToken);
            var minutes = (int)options.Value.ExportLinkLifetime.TotalMinutes;
            return new Activity { Text = texts.Format("privacy.exportLink", locale, ("url", $"{baseUrl}{PrivacyExportEndpoint.Path}/{state.ExportLink}"), ("minutes", minutes)) };
        }

        var export = await exporter.ExportAsync(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, activity.From?.Id ?? string.Empty, state, await history.ReadAsync(turn, cancellationToken), locale, cancellationToken);
        return new Activity
        {
            Text = texts.Get("privacy.exportReady", locale),
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

    /// <summary>
    /// Erases conversation and user state (the history with it), pending timers, every link handed out and the channel's transcript. With
    /// <paramref name="keepSafetyLock"/>, coaching that is closed after emergency or crisis guidance stays closed: the
    /// lock is the one thing kept, so erasing data is not a way round it.
    /// </summary>
    public async Task DeleteAllAsync(ITurnContext turn, bool keepSafetyLock, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var state = await accessor.GetAsync(turn, cancellationToken);
        if (state.ExportLink is { } link)
        {
            await links.DeleteAsync(link, cancellationToken);
        }

        // The chart and summary links go with the history that holds their ids.
        foreach (var personLink in (await history.ReadAsync(turn, cancellationToken)).Links)
        {
            await links.DeleteAsync(personLink, cancellationToken);
        }

        await scheduler.CancelConversationAsync(timers.OwnerKey(activity), cancellationToken);
        foreach (var transcript in transcripts)
        {
            await transcript.DeleteAsync(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty, cancellationToken);
        }

        if (keepSafetyLock && state.SafetyLock is { } safetyLock)
        {
            await accessor.ResetAsync(turn, cancellationToken);
            var kept = await accessor.GetAsync(turn, cancellationToken);
            kept.SafetyLock = safetyLock;
            kept.PrivacyNoticeShown = true;
        }
        else
        {
            await primaryState.DeleteAsync(turn, cancellationToken);
        }

        await userState.DeleteAsync(turn, cancellationToken);
        await conversationState.DeleteAsync(turn, cancellationToken);
    }
}
