using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// "Start workout" after a red flag or an age rule: the workout starts only when the person confirms a clinician
/// has assessed them (or, at 16–17, that a parent or guardian now knows). While pain was above 5/10 it asks the pain
/// now, and starts only at 5/10 or less.
/// </summary>
public sealed class UnlockDialog : CoachingDialog
{
    private readonly CoachStateAccessor _accessor;
    private readonly OutcomePresenter _outcomes;
    private readonly WorkoutCoach _coach;
    private readonly QuestionAsker _asker;
    private readonly TextCatalog _texts;
    private readonly TriageRules _triage;
    private readonly HistoryRecorder _history;

    public UnlockDialog(CoachStateAccessor accessor, OutcomePresenter outcomes, WorkoutCoach coach, QuestionAsker asker, TextCatalog texts, TriageRules triage, HistoryRecorder history)
        : base(DialogIds.Unlock, ConversationMode.Question, accessor)
    {
        _accessor = accessor;
        _outcomes = outcomes;
        _coach = coach;
        _asker = asker;
        _texts = texts;
        _triage = triage;
        _history = history;
        AddSteps(AskStepAsync, DecideStepAsync);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        if (!state.WorkoutLocked && state.Intake is { } answers && _triage.PainTooHighToday(answers))
        {
            return await _asker.AskAsync(step, DialogIds.PainPrompt, IntakeQuestions.Pain, cancellationToken);
        }

        var locale = step.Context.Activity.Locale;
        var guardian = state.Outcome == TriageOutcome.GuardianNeeded;
        var question = _texts.Get(guardian ? "outcome.guardianQuestion" : "outcome.assessedQuestion", locale);
        if (!guardian)
        {
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Format("outcome.locked", locale, ("reason", _outcomes.LockReason(state.Outcome, step.Context.Activity))) }, cancellationToken);
        }

        return await step.PromptAsync(DialogIds.ConfirmPrompt, PromptOptions.Ask(question), cancellationToken);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        if (step.Result is int pain)
        {
            return await AfterRestDayAsync(step, state, pain, cancellationToken);
        }

        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("outcome.assessedNo", locale) }, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        state.WorkoutLocked = false;
        if (state.Intake is not null && state.Outcome == TriageOutcome.GuardianNeeded)
        {
            state.Intake.GuardianKnows = true;
        }

        if (state.Intake is { } answers && _triage.PainTooHighToday(answers))
        {
            // Assessed, but it was too sore to exercise when they told me: how is it now?
            return await step.ReplaceDialogAsync(DialogIds.Unlock, null, cancellationToken);
        }

        await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("outcome.assessedYes", locale) }, cancellationToken);
        return await step.ReplaceDialogAsync(DialogIds.PainBefore, null, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterRestDayAsync(WaterfallStepContext step, CoachState state, int pain, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        state.CurrentQuestion = null;
        state.Intake?.PainNow = pain;
        if (_triage.PainTooHigh(pain))
        {
            await _history.PainAsync(step.Context, pain, cancellationToken);
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Format("outcome.restToday.body", locale, ("pain", pain)) }, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (state.Outcome == TriageOutcome.RestToday)
        {
            state.Outcome = TriageOutcome.Cleared;
        }

        // The pain just given is the session's pain before: no need to ask it twice.
        await step.Context.SendActivityAsync(new Activity { Text = _texts.Format("workout.pain.outsideLow", locale, ("pain", pain)) }, cancellationToken);
        await _coach.StartAsync(step.Context, state, pain, cancellationToken);
        return await step.ReplaceDialogAsync(DialogIds.Workout, null, cancellationToken);
    }
}
