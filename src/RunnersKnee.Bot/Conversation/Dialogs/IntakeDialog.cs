using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Presentation.Texts;
using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// The symptom intake: where, how it feels, what brings it on, since when, injury or gradual, pain now, age, and
/// the two-part red-flag screen. Each step keeps the previous answer (unless the person went back) and asks the
/// next question; answers go straight into the coach state so nothing told is lost.
/// </summary>
public sealed class IntakeDialog : CoachingDialog
{
    private readonly QuestionAsker _asker;
    private readonly CoachStateAccessor _accessor;
    private readonly TextCatalog _texts;
    private readonly TimeProvider _time;
    private readonly SafetyLanguage _safety;

    public IntakeDialog(QuestionAsker asker, CoachStateAccessor accessor, TextCatalog texts, TimeProvider time, SafetyLanguage safety)
        : base(DialogIds.Intake, ConversationMode.Intake, accessor)
    {
        _asker = asker;
        _accessor = accessor;
        _texts = texts;
        _time = time;
        _safety = safety;
        AddSteps(LocationStepAsync, FeelingStepAsync, TriggersStepAsync, DurationStepAsync, OnsetStepAsync, PainStepAsync, AgeStepAsync, GuardianStepAsync, EmergencyFlagsStepAsync, SoonFlagsStepAsync, FinishStepAsync);
    }

    private async Task<DialogTurnResult> LocationStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == DialogReason.BeginCalled)
        {
            // What was said before the first question (a red flag, a child's limp) counts at the end like the rest.
            var state = await _accessor.GetAsync(step.Context, cancellationToken);
            state.Intake = new IntakeAnswers
            {
                NamedRedFlags = state.Intake?.NamedRedFlags ?? [],
                ChildWarningSigns = state.Intake?.ChildWarningSigns ?? false,
                ListsAnsweredNo = state.Intake is { CompletedAt: null, ListsAnsweredNo: true },
            };
            await step.Context.SendActivityAsync(new Activity { Text = _texts.Get("intake.intro", step.Context.Activity.Locale) }, cancellationToken);
        }

        return await _asker.AskAsync(step, DialogIds.LocationPrompt, IntakeQuestions.Location, cancellationToken);
    }

    private async Task<DialogTurnResult> FeelingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, choice) => answers.Location = ((FoundChoice)choice).Value switch
        {
            IntakeChoices.Kneecap => PainLocation.AroundOrBehindKneecap,
            IntakeChoices.Elsewhere => PainLocation.ElsewhereInKnee,
            _ => PainLocation.NotTheKnee,
        }, cancellationToken);
        return await _asker.AskAsync(step, DialogIds.ChoicePrompt, IntakeQuestions.Feeling, cancellationToken);
    }

    private async Task<DialogTurnResult> TriggersStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, choice) => answers.Feeling = ((FoundChoice)choice).Value, cancellationToken);
        return await _asker.AskAsync(step, DialogIds.MultiChoicePrompt, IntakeQuestions.Triggers, cancellationToken);
    }

    private async Task<DialogTurnResult> DurationStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, triggers) => answers.Triggers = (List<string>)triggers, cancellationToken);
        return await _asker.AskAsync(step, DialogIds.DurationPrompt, IntakeQuestions.Duration, cancellationToken);
    }

    private async Task<DialogTurnResult> OnsetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, duration) => answers.Duration = (string)duration, cancellationToken);
        return await _asker.AskAsync(step, DialogIds.ChoicePrompt, IntakeQuestions.Onset, cancellationToken);
    }

    private async Task<DialogTurnResult> PainStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, onset) => answers.AfterInjury = ((FoundChoice)onset).Value == IntakeChoices.Injury, cancellationToken);
        return await _asker.AskAsync(step, DialogIds.PainPrompt, IntakeQuestions.Pain, cancellationToken);
    }

    private async Task<DialogTurnResult> AgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, pain) => answers.PainNow = (int)pain, cancellationToken);
        return await _asker.AskAsync(step, DialogIds.AgePrompt, IntakeQuestions.Age, cancellationToken);
    }

    private async Task<DialogTurnResult> GuardianStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, band) => answers.Age = (string)band switch
        {
            IntakeChoices.Under16 => AgeBand.Under16,
            IntakeChoices.From16To17 => AgeBand.From16To17,
            IntakeChoices.From50To54 => AgeBand.From50To54,
            IntakeChoices.From55 => AgeBand.From55,
            _ => AgeBand.From18To49,
        }, cancellationToken);
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        if (state.Intake?.Age == AgeBand.From16To17)
        {
            return await _asker.AskAsync(step, DialogIds.ConfirmPrompt, IntakeQuestions.Guardian, cancellationToken);
        }

        // Going back past a question that was never asked lands on the one before it.
        return step.Reason == DialogReason.BackCalled
            ? await StepBackAsync(step.DialogContext, cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> EmergencyFlagsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, knows) => answers.GuardianKnows = (bool)knows, cancellationToken);
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        if (state.Intake is { ListsAnsweredNo: true } answered && step.Reason != DialogReason.BackCalled)
        {
            // The lists were just answered no in the check a symptom said in passing started; their answers stand.
            answered.EmergencyFlags = false;
            answered.SoonFlags = false;
            return await FinishAsync(step, cancellationToken);
        }

        return await _asker.AskAsync(step, DialogIds.RedFlagPrompt, IntakeQuestions.EmergencyFlags, cancellationToken);
    }

    private async Task<DialogTurnResult> SoonFlagsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, flags) => answers.EmergencyFlags = KeepNamed(step, answers, Prompts.RedFlagPrompt.SaysYes(flags)), cancellationToken);
        var state = await _accessor.GetAsync(step.Context, cancellationToken);

        // An emergency needs no second list: the answer is already "get care today".
        return state.Intake?.EmergencyFlags == true
            ? await step.NextAsync(null, cancellationToken)
            : await _asker.AskAsync(step, DialogIds.RedFlagPrompt, IntakeQuestions.SoonFlags, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await KeepAsync(step, (answers, flags) => answers.SoonFlags = KeepNamed(step, answers, Prompts.RedFlagPrompt.SaysYes(flags)), cancellationToken);
        return await FinishAsync(step, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        state.CurrentQuestion = null;
        state.Intake!.CompletedAt = _time.GetUtcNow();
        return await step.EndDialogAsync(state.Intake, cancellationToken);
    }

    /// <summary>
    /// A yes to a red-flag list that names its sign ("scratch that, it did jam once") counts at that sign's own tier,
    /// whichever list it was said to.
    /// </summary>
    private bool KeepNamed(WaterfallStepContext step, IntakeAnswers answers, bool yes)
    {
        if (yes)
        {
            answers.NamedRedFlags.AddRange(_safety.RedFlagRows(TextNormalizer.Words(step.Context.Activity.Text)).Except(answers.NamedRedFlags));
        }

        return yes;
    }

    /// <summary>Stores the previous step's answer, unless the step runs again because the person went back or it was skipped.</summary>
    private async Task KeepAsync(WaterfallStepContext step, Action<IntakeAnswers, object> keep, CancellationToken cancellationToken)
    {
        if (step.Reason == DialogReason.BackCalled || step.Result is null)
        {
            return;
        }

        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        state.Intake ??= new IntakeAnswers();
        keep(state.Intake, step.Result);
    }
}
