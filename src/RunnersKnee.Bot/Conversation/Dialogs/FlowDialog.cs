using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// The whole path: intake, then the outcome (care guidance, or advice and PT guidance), then the offer of the
/// workout. Red flags end here: no workout is offered and it stays locked until the person says they were assessed.
/// </summary>
public sealed class FlowDialog : CoachingDialog
{
    private readonly CoachStateAccessor _accessor;
    private readonly OutcomePresenter _outcomes;
    private readonly HistoryRecorder _history;
    private readonly TextCatalog _texts;
    private readonly TriageRules _triage;
    private readonly WorkoutLength _length;
    private readonly int _exerciseCount;

    public FlowDialog(CoachStateAccessor accessor, OutcomePresenter outcomes, HistoryRecorder history, TextCatalog texts, TriageRules triage, WorkoutLength length, WorkoutPlan plan)
        : base(DialogIds.Flow, ConversationMode.Question, accessor)
    {
        _accessor = accessor;
        _outcomes = outcomes;
        _history = history;
        _texts = texts;
        _triage = triage;
        _length = length;
        _exerciseCount = plan.ExerciseCount;
        AddSteps(IntakeStepAsync, OutcomeStepAsync, StartWorkoutStepAsync);
    }

    private static Task<DialogTurnResult> IntakeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(DialogIds.Intake, null, cancellationToken);

    private async Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        var answers = state.Intake!;
        var outcome = _triage.Decide(answers);
        if (state.WorkoutLocked && state.Outcome is { } earlier && TriageRules.LocksWorkout(earlier) && !TriageRules.LocksWorkout(outcome))
        {
            // Answering the questions again does not undo what was said before: the workout waits for "assessed".
            await _history.CheckAsync(step.Context, CheckKind.Intake, outcome, answers, null, cancellationToken);
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("outcome.stillLocked", step.Context.Activity.Locale) }, cancellationToken);
            return await step.EndDialogAsync(earlier, cancellationToken);
        }

        state.Outcome = outcome;
        state.WorkoutLocked = TriageRules.LocksWorkout(outcome);
        await _history.CheckAsync(step.Context, CheckKind.Intake, outcome, answers, null, cancellationToken);
        await _outcomes.PresentAsync(step.Context, outcome, answers, cancellationToken);

        var locale = step.Context.Activity.Locale;
        if (outcome == TriageOutcome.DoesNotFit && _triage.PainTooHighToday(answers))
        {
            // Not runner's knee and too sore today: rest and ice now, as well as the clinician.
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Format("outcome.restToday.body", locale, ("pain", answers.PainNow)) }, cancellationToken);
        }

        return outcome == TriageOutcome.Cleared
            ? await step.PromptAsync(DialogIds.ConfirmPrompt, PromptOptions.Ask(OfferText(locale)), cancellationToken)
            : await step.EndDialogAsync(outcome, cancellationToken);
    }

    /// <summary>The offer, with the exercise count and the minutes worked out from the plan.</summary>
    private string OfferText(string? locale)
    {
        var (low, high) = _length.Minutes();
        var minutes = low == high ? low.ToString(System.Globalization.CultureInfo.InvariantCulture) : _texts.Format("offer.minutesRange", locale, ("low", low), ("high", high));
        return _texts.Format("offer.workout", locale, ("exercises", _exerciseCount), ("minutes", minutes));
    }

    private async Task<DialogTurnResult> StartWorkoutStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("offer.later", step.Context.Activity.Locale) }, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // The pain before the first set decides whether today is a workout day, and starts the session if it is.
        return await step.ReplaceDialogAsync(DialogIds.PainBefore, null, cancellationToken);
    }
}
