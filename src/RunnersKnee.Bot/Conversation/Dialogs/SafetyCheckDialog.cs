using RunnersKnee.Bot.Coaching;
using RunnersKnee.Bot.Conversation.Commands;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Safety.Language;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Dialogs;

/// <summary>
/// Words that might mean an emergency or a crisis, or a message the coach could not follow, get one short, direct
/// question, never silence. A yes gives the guidance; a no goes back to where the person was (a set paused for the
/// question comes back); an unclear answer is asked once more, and then the cautious outcome (the guidance) is
/// taken. Answers are read the cautious way (<see cref="SafetyAnswerReader"/>): "not pain exactly, more like a
/// heavy pressure" names a symptom, so it is a yes whatever word it starts with.
/// </summary>
public sealed class SafetyCheckDialog : WaterfallDialog
{
    private const string ModeKey = "mode";
    private const string UnfollowedKey = "unfollowed";

    private readonly CoachStateAccessor _accessor;
    private readonly CoachReplies _replies;
    private readonly CareMessages _care;
    private readonly SafetyAnswerReader _answers;
    private readonly SafetyLanguage _language;
    private readonly WorkoutCoach _coach;
    private readonly CommandParser _commands;

    public SafetyCheckDialog(CoachStateAccessor accessor, CoachReplies replies, CareMessages care, SafetyAnswerReader answers, SafetyLanguage language, WorkoutCoach coach, CommandParser commands)
        : base(DialogIds.SafetyCheck, [])
    {
        _accessor = accessor;
        _replies = replies;
        _care = care;
        _answers = answers;
        _language = language;
        _coach = coach;
        _commands = commands;
        AddSteps(AskStepAsync, FirstAnswerStepAsync, SecondAnswerStepAsync);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The mode of the interrupted question comes back with it when the answer is no.
        step.SetValue(ModeKey, (await _accessor.GetAsync(step.Context, cancellationToken)).Mode);
        step.SetValue(UnfollowedKey, step.Context.Activity.Text ?? string.Empty);
        return await AskAsync(step, again: false, cancellationToken);
    }

    private Task<DialogTurnResult> FirstAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Read(step) switch
        {
            SafetyAnswer.Yes => GuidanceAsync(step, cancellationToken),
            SafetyAnswer.No => ClearAsync(step, cancellationToken),
            _ => AskAsync(step, again: true, cancellationToken),
        };

    private Task<DialogTurnResult> SecondAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Read(step) == SafetyAnswer.No ? ClearAsync(step, cancellationToken) : GuidanceAsync(step, cancellationToken);

    private SafetyAnswer Read(WaterfallStepContext step)
    {
        var answer = step.Result as string;

        // "done", "resume": a command is no answer to this question (and "done" is one letter from "none").
        if (_commands.Parse(answer) is { Kind: not (CommandKind.Emergency or CommandKind.Crisis or CommandKind.CheckEmergency or CommandKind.CheckCrisis or CommandKind.SymptomReport or CommandKind.InjuryReport or CommandKind.PainReport) })
        {
            return SafetyAnswer.Unclear;
        }

        if (Kind(step) == SafetyCheckKind.Either && _answers.ChoiceIn(answer) is { } choice)
        {
            return choice == SafetyChoice.Neither ? SafetyAnswer.No : SafetyAnswer.Yes;
        }

        // "No, not me, my dad": someone else may need the ambulance.
        return Kind(step) != SafetyCheckKind.Crisis && _answers.NamesSomeoneElse(answer) ? SafetyAnswer.Yes : _answers.Read(answer);
    }

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, bool again, CancellationToken cancellationToken)
    {
        var kind = Kind(step);
        var key = "safetyCheck." + kind.ToString().ToLowerInvariant() + (again ? ".again" : string.Empty);
        var question = _care.Text(key, step.Context.Activity);
        var locale = step.Context.Activity.Locale;
        List<Choice> choices = kind == SafetyCheckKind.Either
            ?
            [
                new() { Value = "emergency", Title = _replies.Texts.Get("safetyCheck.choice.emergency", locale) },
                new() { Value = "crisis", Title = _replies.Texts.Get("safetyCheck.choice.crisis", locale) },
                new() { Value = "no", Title = _replies.Texts.Get("safetyCheck.choice.neither", locale) },
            ]
            : YesNoChoices.For(_replies.Texts, locale);
        return step.PromptAsync(
            DialogIds.SafetyCheckPrompt,
            new PromptOptions { Prompt = new Activity { Text = question }, Choices = choices, Style = ListStyle.SuggestedActions },
            cancellationToken);
    }

    private async Task<DialogTurnResult> GuidanceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        var kind = Kind(step);
        var answer = step.Result as string;
        var crisis = kind == SafetyCheckKind.Crisis
            || (kind == SafetyCheckKind.Either && (_answers.ChoiceIn(answer) == SafetyChoice.Crisis || _language.Classify(answer) is SafetyLanguageMatch.Crisis or SafetyLanguageMatch.CheckCrisis));
        await _replies.EmergencyAsync(step.DialogContext, state, crisis ? SafetyLockKind.Crisis : SafetyLockKind.Emergency, cancellationToken);
        if (kind == SafetyCheckKind.Either && !crisis)
        {
            // Unsure which it was: the crisis line too, never only the one that might be wrong.
            await step.Context.SendActivityAsync(new Activity { Text = _care.Text("safetyCheck.either.crisisLine", step.Context.Activity) }, cancellationToken);
        }

        return DialogTurnResult.EndOfTurn;
    }

    private async Task<DialogTurnResult> ClearAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _accessor.GetAsync(step.Context, cancellationToken);
        state.Mode = step.GetValue<ConversationMode>(ModeKey);
        var clear = Kind(step) == SafetyCheckKind.Emergency ? "safetyCheck.clear" : "safetyCheck.clear.crisis";
        await step.Context.SendActivityAsync(new Activity { Text = _care.Text(clear, step.Context.Activity) }, cancellationToken);
        if (Kind(step) == SafetyCheckKind.Either && _answers.NeedsTheRedFlagLists(step.GetValue<string>(UnfollowedKey), step.Result as string))
        {
            return await RedFlagListsAsync(step, state, cancellationToken);
        }

        if (state.Mode == ConversationMode.Workout && state.Workout is { Status: WorkoutStatus.Paused } paused)
        {
            // The set was paused for the question; it comes back as it was.
            await _coach.ResumeAsync(step.Context, state, paused, cancellationToken);
        }

        if (state.Mode == ConversationMode.Idle && state.Workout is null && state.Intake?.CompletedAt is null && step.DialogContext.Stack.Count == 1)
        {
            // Asked before anything else: the questions come next, not silence.
            return await step.ReplaceDialogAsync(DialogIds.Flow, null, cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    // Neither an emergency nor a crisis, but something about the knee the coach could not follow: the red-flag lists,
    // as for a symptom said in words it knows (mid-set the set stays paused; otherwise the waiting question comes back
    // after two no's).
    private async Task<DialogTurnResult> RedFlagListsAsync(WaterfallStepContext step, CoachState state, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(new Activity { Text = _replies.Texts.Get("safetyCheck.kneeCheck", step.Context.Activity.Locale) }, cancellationToken);
        if (state.Mode == ConversationMode.Workout)
        {
            await step.DialogContext.CancelAllDialogsAsync(cancellationToken);
            return await step.DialogContext.BeginDialogAsync(DialogIds.RedFlagCheck, new RedFlagCheckOptions(), cancellationToken);
        }

        var back = state.CurrentQuestion is null ? null : new RedFlagCheckReturn { Question = state.CurrentQuestion, Mode = state.Mode };
        return await step.ReplaceDialogAsync(DialogIds.RedFlagCheck, new RedFlagCheckOptions { Back = back }, cancellationToken);
    }

    private static SafetyCheckKind Kind(WaterfallStepContext step) => step.GetOptions<SafetyCheckKind>();
}
