using System.Text.Json;
using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Hosting;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Scheduling;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Conversation;

/// <summary>
/// Answers Teams invokes in the HTTP response: <c>adaptiveCard/action</c> gets the updated card (e.g. "set 2 of
/// 3 done") for the person who clicked; <c>task/fetch</c> opens the timer page in a Teams dialog.
/// </summary>
public sealed class TeamsInvokes(CardFactory cards, WorkoutCards workoutCards, CoachStateAccessor accessor, WorkoutDescriber describer, WorkoutTimers timers, TextCatalog texts, IOptions<BotOptions> options)
{
    public const string TaskFetch = "task/fetch";

    /// <param name="moved">Whether the click moved the workout; a stale card's click did not, and is told so.</param>
    public async Task<InvokeResponse> CardActionResponseAsync(ITurnContext turn, bool moved, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turn, cancellationToken);
        var locale = turn.Activity.Locale;
        var body = state.Workout is { IsOver: false } session
            ? describer.TotalLeftText(describer.Remaining(session), locale, session.Dosages)
            : texts.Get("welcome.back", locale);
        var card = cards.Bind("status", new CardValues()
            .With("title", moved ? "✓ " + texts.Get("workout.done", locale) : texts.Get("workout.staleCard", locale))
            .With("body", body)
            .With("speak", body));
        return InvokeResponse.Ok(AdaptiveCardInvokeResponse.Card(BotJson.ToElement(card)));
    }

    /// <summary>
    /// Teams refreshing a set card: the same card while that set is still on; once the session has moved on, a
    /// "done" card in its place. Nothing changes in the session.
    /// </summary>
    public async Task<InvokeResponse> RefreshResponseAsync(ITurnContext turn, JsonElement? data, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turn, cancellationToken);
        var current = state.Workout is { Status: WorkoutStatus.Active } session
            && data is { } d
            && d.TryGetProperty("sessionId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == session.Id
            && d.TryGetProperty("step", out var step) && step.ValueKind == JsonValueKind.Number && step.TryGetInt32(out var number) && number == session.Step;
        if (!current)
        {
            return await CardActionResponseAsync(turn, moved: true, cancellationToken);
        }

        var card = workoutCards.ExerciseStep(state.Workout!, turn.Activity.ChannelId ?? string.Empty, turn.Activity.Locale, turn.Activity.From?.Id);
        return InvokeResponse.Ok(AdaptiveCardInvokeResponse.Card(card.Content!.Value));
    }

    /// <summary>The timer dialog submitted "set done": Teams closes it and shows this line.</summary>
    public static InvokeResponse TaskSubmitResponse(string text) => InvokeResponse.Ok(TaskModuleResponse.Message(text));

    public async Task<InvokeResponse> TaskFetchResponseAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(turn, cancellationToken);
        var baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');
        if (state.Workout is not { IsOver: false } session || string.IsNullOrEmpty(baseUrl))
        {
            return InvokeResponse.Ok(TaskModuleResponse.Message(texts.Get("workout.didNotCatch", turn.Activity.Locale)));
        }

        var schedule = timers.ScheduleFor(session);
        var query = TimerPageQuery.For(describer.Plan.ExerciseAt(session.Position).Name, schedule, session.Id, session.Step);
        var url = $"{baseUrl}/timer.html?{query}";
        var title = describer.Plan.ExerciseAt(session.Position).Name;
        return InvokeResponse.Ok(TaskModuleResponse.Continue(new TaskModuleTaskInfo(title, Height: 520, Width: 420, url, FallbackUrl: url)));
    }
}
