using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Dialogs.Prompts;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// The net under the safety words: a message of some length that the waiting question cannot use gets the direct
/// safety question (an emergency, or thoughts of self-harm?) before the question is asked again. A word list misses
/// new wordings ("my partner's smile is all wonky and he's talking gibberish"); a question costs one tap.
/// </summary>
public sealed class UnclearAnswerCheck(SafetyThresholds thresholds, CoachStateAccessor accessor, SafetyCheckStarter starter, SafetyAnswerReader answers) : IUnrecognizedAnswerHandler
{
    public bool IsLongEnough(Activity activity, bool midSet = false) =>
        activity.Type == ActivityTypes.Message
        && TextNormalizer.Words(activity.GetTextWithoutMentions()).Length >= (midSet ? thresholds.UnclearMinWordsMidSet : thresholds.UnclearMinWords);

    public async Task<bool> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // The safety questions have their own way with unclear answers (asked again, then the careful outcome).
        if (!IsLongEnough(dc.Context.Activity) || dc.ActiveDialog?.Id is DialogIds.SafetyCheckPrompt or DialogIds.RedFlagPrompt)
        {
            return false;
        }

        // Coaching closed after emergency guidance: every message already opens with the route.
        var state = await accessor.GetAsync(dc.Context, cancellationToken);
        if (state.SafetyLock is not null)
        {
            return false;
        }

        await starter.AskAsync(dc, state, SafetyCheckKind.Either, cancellationToken);
        return true;
    }

    /// <summary>
    /// The same net when nothing waits for an answer: a first message, before any question, of some length that the
    /// safety words do not read and that says nothing of the knee or leg ("feels like im breathing through a straw and
    /// its getting worse") gets the direct question before the intake starts; "neither" starts it. A first message
    /// about the knee is what this coach expects, and the intake's own questions follow it. After the intake (idle,
    /// or a workout paused or over) nothing but the help text would follow an unfollowed message, so it is asked
    /// about whatever it says ("knee went and i smacked the floor, all blurry"); "neither" after one about the knee
    /// brings the red-flag lists.
    /// </summary>
    public async Task<bool> HandleFirstMessageAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = await accessor.GetAsync(dc.Context, cancellationToken);
        if (!IsLongEnough(dc.Context.Activity) || state.SafetyLock is not null
            || (state.Intake?.CompletedAt is null && answers.IsAboutTheKneeOrLeg(dc.Context.Activity.GetTextWithoutMentions())))
        {
            return false;
        }

        await starter.AskAsync(dc, state, SafetyCheckKind.Either, cancellationToken);
        return true;
    }
}
