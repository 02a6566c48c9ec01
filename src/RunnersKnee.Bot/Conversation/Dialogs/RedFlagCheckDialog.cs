using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// Re-runs the red-flag screen when someone mentions a warning symptom ("my knee is swelling") at any time:
/// a yes ends coaching with the matching care guidance; two no's return them to where they were (the paused set,
/// or the question it interrupted, named in the dialog's <see cref="RedFlagCheckReturn"/> options).
/// </summary>
public sealed class RedFlagCheckDialog : CoachingDialog
{
    private readonly QuestionAsker _asker;
    private readonly CoachStateAccessor _accessor;
    private readonly OutcomePresenter _outcomes;
    private readonly WorkoutCoach _workout;
    private readonly TextCatalog _texts;
    private readonly TriageRules _triage;
    private readonly HistoryRecorder _history;

    public RedFlagCheckDialog(QuestionAsker asker, CoachStateAccessor accessor, OutcomePresenter outcomes, WorkoutCoach workout, TextCatalog texts, TriageRules triage, HistoryRecorder history)
        : base(DialogIds.RedFlagCheck, ConversationMode.Screening, accessor)
    {
        _asker = asker;
        _accessor = accessor;
        _outcomes = outcomes;
        _workout = workout;
        _texts = texts;
        _triage = triage;
        _history = history;
        AddSteps(EmergencyStepAsync, SoonStepAsync, DecideStepAsync);
    }

    private Task<DialogTurnResult> EmergencyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        _asker.AskAsync(step, DialogIds.RedFlagPrompt, IntakeQuestions.EmergencyFlags, cancellationToken);

    private async Task<DialogTurnResult> SoonStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var emergency = Prompts.RedFlagPrompt.SaysYes(step.Result);
        step.SetValue("emergency", emergency);
        return emergency
            ? await step.NextAsync(false, cancellationToken)
            : await _asker.AskAsync(step, DialogIds.RedFlagPrompt, IntakeQuestions.SoonFlags, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        state.CurrentQuestion = null;
        var emergency = step.GetValue<bool>("emergency");
        var soon = Prompts.RedFlagPrompt.SaysYes(step.Result);
        var session = state.Workout;
        var options = step.GetOptions<RedFlagCheckOptions>();
        var named = !emergency && !soon ? _triage.ForNamedRedFlags(options?.Named ?? []) : null;
        var noted = false;
        var notedToday = false;
        var beforeTheIntake = options?.Back is null && session is null && state.Intake?.CompletedAt is null;
        if (named is not null && (options?.Back is { Mode: ConversationMode.Intake } || beforeTheIntake) && state.Intake?.CompletedAt is null)
        {
            // Said during (or before) the intake: the words count when it ends, with the age and all else it asks. A sign
            // that needs care today is said now as well: someone who leaves before the end must not leave without it.
            var intake = state.Intake ??= new IntakeAnswers();
            intake.NamedRedFlags.AddRange(options!.Named.Except(intake.NamedRedFlags));
            intake.ListsAnsweredNo = true;
            noted = true;
            notedToday = named == TriageOutcome.EmergencyCare;
            named = null;
        }

        // Every answer to the lists is kept with its time (research A5: red-flag screen answers with timestamp).
        var screened = new IntakeAnswers { EmergencyFlags = emergency, SoonFlags = emergency ? null : soon };
        await _history.CheckAsync(step.Context, CheckKind.RedFlagCheck, emergency || soon || named is not null ? named ?? (emergency ? TriageOutcome.EmergencyCare : TriageOutcome.SeeDoctorSoon) : null, screened, options?.Named, cancellationToken);
        if (!emergency && !soon && named is null)
        {
            var said = notedToday ? "symptom.namedNotedToday" : noted ? "symptom.namedNoted" : options?.ClearKey ?? "symptom.clear";
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get(said, step.Context.Activity.Locale) }, cancellationToken);
            if (options?.Back is { } back)
            {
                // Started over a waiting question: the prompt below asks it again, and its card's clicks count.
                state.CurrentQuestion = back.Question;
                state.Mode = back.Mode;
            }

            if (session is { Status: WorkoutStatus.Paused })
            {
                await _workout.ResumeAsync(step.Context, state, session, cancellationToken);
                return await step.ReplaceDialogAsync(DialogIds.Workout, null, cancellationToken);
            }

            if (options?.Back is null && session is null && state.Intake?.CompletedAt is null)
            {
                // They came with the symptom before anything else: the symptom check is what comes next, not silence.
                return await step.ReplaceDialogAsync(DialogIds.Flow, null, cancellationToken);
            }

            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (named is not null)
        {
            // "It seizes up now and then", then no to "the knee locks": the person's own words stand.
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("symptom.namedStands", step.Context.Activity.Locale) }, cancellationToken);
        }

        var outcome = named ?? (emergency ? TriageOutcome.EmergencyCare : TriageOutcome.SeeDoctorSoon);
        state.Outcome = outcome;
        state.WorkoutLocked = true;
        if (state.Intake is not null)
        {
            state.Intake.EmergencyFlags = emergency || named == TriageOutcome.EmergencyCare;
            state.Intake.SoonFlags = soon || named == TriageOutcome.SeeDoctorSoon;
        }

        // The care message comes first; the summary of the stopped session, if any, after it.
        await _outcomes.PresentAsync(step.Context, outcome, state.Intake ?? new IntakeAnswers(), cancellationToken);
        if (session is { IsOver: false })
        {
            await _workout.StopForCareAsync(step.Context, state, session, cancellationToken);
        }

        // Whatever the check interrupted (an intake question, a paused set) ends here: the care guidance is the answer.
        return await step.DialogContext.CancelAllDialogsAsync(cancellationToken);
    }
}
