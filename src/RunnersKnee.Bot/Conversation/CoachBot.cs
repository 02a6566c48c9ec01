using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.Bot.Reminders;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// Routes each activity: a welcome and the privacy notice when someone joins; messages, card clicks and Teams
/// card actions to the dialogs; Teams dialog requests to the timer page. Every authenticated activity refreshes
/// the stored conversation reference that proactive messages use; a person opening a new conversation with a
/// workout unfinished is welcomed back to it. Due events come through here too, as proactive
/// turns: rest over and resume reminder go to the workout that scheduled them, the person's reminders and the
/// morning check to <see cref="ReminderDueEvents"/>.
/// </summary>
public sealed class CoachBot(
    MainDialog mainDialog,
    CoachStateAccessor accessor,
    CoachCards cards,
    ReturningPersonWelcome returning,
    TeamsInvokes invokes,
    WorkoutDueEvents dueEvents,
    ReminderDueEvents reminderEvents,
    TextCatalog texts,
    WrittenLanguage writtenLanguage,
    PrivacyService privacy,
    PrivateChat privateChat,
    TimeProvider time,
    IOptions<PrivacyOptions> privacyOptions) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (turnContext.TurnState.Get<DueEvent>(DueEventHandler.TurnStateKey) is { } dueEvent)
        {
            if (dueEvent.Name == DueEventNames.DeliveryRetry)
            {
                // The adapter delivered what earlier turns kept before this turn ran; there is nothing else to do.
                return;
            }

            if (ReminderDueEvents.Handles(dueEvent))
            {
                await reminderEvents.HandleAsync(turnContext, dueEvent, cancellationToken);
                return;
            }

            var beforeEvent = WorkoutStateEvent.Of(await accessor.PeekAsync(turnContext, cancellationToken));
            await dueEvents.HandleAsync(turnContext, dueEvent, cancellationToken);
            await WorkoutStateEvent.AnnounceIfMovedAsync(turnContext, beforeEvent, await accessor.PeekAsync(turnContext, cancellationToken), cancellationToken);
            return;
        }

        var before = WorkoutStateEvent.Of(await accessor.PeekAsync(turnContext, cancellationToken));
        await RouteAsync(turnContext, cancellationToken);
        await WorkoutStateEvent.AnnounceIfMovedAsync(turnContext, before, await accessor.PeekAsync(turnContext, cancellationToken), cancellationToken);
    }

    private async Task RouteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when ShouldWelcome(activity):
            case ActivityTypes.InstallationUpdate when activity.Action == InstallationActions.Add && !IsGroup(activity):
                await WelcomeAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate when activity.Action == InstallationActions.AddUpgrade && !IsGroup(activity):
                // A new version of the app: the person has been welcomed; only the address for proactive messages may change.
                await PrepareAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate when activity.Action == InstallationActions.Remove && !IsGroup(activity):
                // The privacy notice promises it: removing the app erases the person's data, timers and address.
                await privacy.DeleteAllAsync(turnContext, keepSafetyLock: false, cancellationToken);
                break;
            case ActivityTypes.Message when IsGroup(activity):
                await privateChat.MoveAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Message:
                await ShowPrivacyNoticeAsync(turnContext, await PrepareAsync(turnContext, cancellationToken), cancellationToken);
                await mainDialog.RunAsync(turnContext, accessor.Dialogs, cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == DialogInput.AdaptiveCardActionInvoke && IsRefresh(activity):
                await PrepareAsync(turnContext, cancellationToken);
                turnContext.InvokeResponse = await invokes.RefreshResponseAsync(turnContext, DialogInput.GetData(activity), cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == DialogInput.AdaptiveCardActionInvoke:
                var before = WorkoutStep(await PrepareAsync(turnContext, cancellationToken));
                await mainDialog.RunAsync(turnContext, accessor.Dialogs, cancellationToken);
                var moved = WorkoutStep(await accessor.GetAsync(turnContext, cancellationToken)) != before;
                turnContext.InvokeResponse = await invokes.CardActionResponseAsync(turnContext, moved, cancellationToken);
                break;
            case ActivityTypes.Invoke when activity.Name == DialogInput.TaskSubmitInvoke:
                // The timer dialog's "set done": the same path as the card's Done button, answered with one line.
                var step = WorkoutStep(await PrepareAsync(turnContext, cancellationToken));
                await mainDialog.RunAsync(turnContext, accessor.Dialogs, cancellationToken);
                var done = WorkoutStep(await accessor.GetAsync(turnContext, cancellationToken)) != step;
                turnContext.InvokeResponse = TeamsInvokes.TaskSubmitResponse(texts.Get(done ? "workout.done" : "workout.staleCard", turnContext.Activity.Locale));
                break;
            case ActivityTypes.Invoke when activity.Name == TeamsInvokes.TaskFetch:
                await PrepareAsync(turnContext, cancellationToken);
                turnContext.InvokeResponse = await invokes.TaskFetchResponseAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                // The SDK answers 501 here; an invoke this bot never offered is the caller's mistake, not a server fault.
                turnContext.InvokeResponse = InvokeResponse.Error(400, ErrorResponse.Create("BadRequest", "This bot does not handle this invoke."));
                break;
        }
    }

    /// <summary>
    /// Greet the person who joined a 1:1 chat or the web chat. A team or group chat gets no welcome: the check asks
    /// about health, which belongs in a private chat, and colleagues joining the team should not be greeted by it.
    /// </summary>
    private static bool ShouldWelcome(Activity activity) =>
        !IsGroup(activity) && activity.MembersAdded?.Exists(m => m.Id != activity.Recipient?.Id) == true;

    private static bool IsGroup(Activity activity) =>
        activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "channel" or "groupChat";

    private static bool IsRefresh(Activity activity) =>
        activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action)
        && action.ValueKind == System.Text.Json.JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb)
        && verb.ValueKind == System.Text.Json.JsonValueKind.String
        && verb.GetString() == WorkoutCards.RefreshVerb;

    /// <summary>
    /// Refreshes the reference and last-seen time; forgets everything older than the retention limit. The turn answers
    /// in the language the person writes in: every reply reads the activity's locale.
    /// </summary>
    private async Task<CoachState> PrepareAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turnContext, cancellationToken);
        var now = time.GetUtcNow();
        if (state.LastSeen is { } lastSeen && now - lastSeen > TimeSpan.FromDays(privacyOptions.Value.RetentionDays))
        {
            await accessor.ResetAsync(turnContext, cancellationToken);
            state = await accessor.GetAsync(turnContext, cancellationToken);
        }

        state.LastSeen = now;
        state.Language = writtenLanguage.Of(turnContext.Activity.Text) ?? state.Language;
        turnContext.Activity.Locale = WrittenLanguage.LocaleFor(turnContext.Activity.Locale, state.Language);
        state.Reference = turnContext.Activity.GetConversationReference();
        return state;
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var previousConversation = (await accessor.GetAsync(turnContext, cancellationToken)).Reference?.Conversation?.Id;
        var joined = await PrepareAsync(turnContext, cancellationToken);
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (joined.WelcomedIn is { } welcomed && welcomed == conversationId)
        {
            return;
        }

        joined.WelcomedIn = conversationId;
        if (!await returning.TryWelcomeBackAsync(turnContext, joined, previousConversation, cancellationToken))
        {
            await turnContext.SendActivityAsync(new Activity { Attachments = [cards.Welcome(turnContext.Activity.Locale)] }, cancellationToken);
        }

        await ShowPrivacyNoticeAsync(turnContext, joined, cancellationToken);
    }

    // A click that did not move the workout (a stale card) must not be answered with "done".
    private static (string? Id, int Step) WorkoutStep(CoachState state) => state.Workout is { } session ? (session.Id, session.Step) : (null, 0);

    private async Task ShowPrivacyNoticeAsync(ITurnContext turnContext, CoachState state, CancellationToken cancellationToken)
    {
        if (state.PrivacyNoticeShown)
        {
            return;
        }

        state.PrivacyNoticeShown = true;
        var notice = texts.Format("privacy.notice", turnContext.Activity.Locale, ("days", privacyOptions.Value.RetentionDays));
        await turnContext.SendActivityAsync(new Activity { Text = notice }, cancellationToken);
    }
}
