using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Presentation;
using RunnersKnee.Bot.Presentation.Cards;
using RunnersKnee.Bot.Privacy;
using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// "My progress", "summary for my physio", "set my goal to 4", "reset my plan" and the after-session pain card's taps. They work in every
/// mode: a waiting question is asked again after them, and a running workout waits as it was.
/// </summary>
public sealed class ProgressCommandHandlers(
    CoachHistoryAccessor history,
    HistoryRecorder recorder,
    ProgressCards cards,
    ReferralDescriber referral,
    ProgressLinks links,
    CoachReplies replies,
    TriageRules triage,
    PlanAccessor plan,
    PersonalPlan personalPlan,
    PlanChangeTexts planTexts,
    TimeProvider time,
    IOptions<ProgressOptions> options)
{
    public async Task<bool> ProgressAsync(CommandTurn turn, CancellationToken ct) =>
        await ProgressAsync(turn.Dc, ct);

    public async Task<bool> ProgressAsync(DialogContext dc, CancellationToken ct)
    {
        var context = dc.Context;
        var kept = await history.ReadAsync(context, ct);
        var week = WeeklyProgress.From(kept, options.Value.DefaultWeeklyGoal, time.GetUtcNow());
        var trend = PainTrend.From(kept);
        var chartUrl = trend.CanDraw ? await links.CreateAsync(context, PersonLinkPurpose.PainChart, ct) : null;
        var levels = await plan.ReadAsync(context, ct);
        var planLine = levels.IsStarted ? planTexts.Levels(levels, context.Activity.Locale) : null;
        await context.SendActivityAsync(new Activity { Attachments = [cards.Progress(week, trend, chartUrl, planLine, context.Activity.Locale)] }, ct);
        await dc.RepromptDialogAsync(ct);
        return true;
    }

    public async Task<bool> PhysioSummaryAsync(CommandTurn turn, CancellationToken ct) => await PhysioSummaryAsync(turn.Dc, turn.State, ct);

    public async Task<bool> PhysioSummaryAsync(DialogContext dc, CoachState state, CancellationToken ct)
    {
        var context = dc.Context;
        var fields = referral.Fields(state, await history.ReadAsync(context, ct), context.Activity.Locale);
        var pageUrl = await links.CreateAsync(context, PersonLinkPurpose.ReferralPage, ct);
        await context.SendActivityAsync(new Activity { Attachments = [cards.Referral(fields, pageUrl, context.Activity.Locale)] }, ct);
        await dc.RepromptDialogAsync(ct);
        return true;
    }

    public async Task<bool> SetGoalAsync(CommandTurn turn, CancellationToken ct)
    {
        var goal = turn.Command.Goal!.Value;
        if ((await history.GetAsync(turn.Dc.Context, ct)).SetWeeklyGoal(goal))
        {
            await replies.SayAsync(turn.Dc, "progress.goalSet", ("goal", goal));
        }
        else
        {
            await replies.SayAsync(turn.Dc, "progress.goalRange");
        }

        await turn.Dc.RepromptDialogAsync(ct);
        return true;
    }

    /// <summary>"Reset my plan": every exercise back at its start level, confirmed in one line; a running workout keeps the levels it started with.</summary>
    public async Task<bool> ResetPlanAsync(CommandTurn turn, CancellationToken ct)
    {
        await personalPlan.ResetAsync(turn.Dc.Context, time.GetUtcNow(), ct);
        await replies.SayAsync(turn.Dc, "plan.reset");
        await turn.Dc.RepromptDialogAsync(ct);
        return true;
    }

    /// <summary>A tap on "how does your knee feel now?" after a session: kept with the session, with the same advice as any pain score outside a workout.</summary>
    public async Task<bool> PainAfterAsync(CommandTurn turn, CancellationToken ct)
    {
        // The card names the session it asks about; once another has started (or the data was deleted) the tap is late.
        var finished = DialogInput.GetData(turn.Dc.Context.Activity) is { } data
            && data.TryGetProperty(ProgressCards.FinishedSessionProperty, out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
        if (turn.State.Workout is not { IsOver: true } session || session.Id != finished)
        {
            await replies.SayAsync(turn.Dc, "painAfter.late");
            return true;
        }

        if (turn.Command.Pain is not { } pain)
        {
            await replies.SayAsync(turn.Dc, "painAfter.skipped");
            return true;
        }

        await recorder.PainAfterAsync(turn.Dc.Context, session.Id, pain, ct);
        var adviceKey = turn.State.WorkoutLocked ? "workout.pain.outsideLocked"
            : triage.PainTooHigh(pain) ? "workout.pain.outsideHigh" : "workout.pain.outsideLow";
        await replies.SayAsync(turn.Dc, "workout.pain.outside", ("advice", replies.Texts.Format(adviceKey, turn.Locale, ("pain", pain))));
        await turn.Dc.RepromptDialogAsync(ct);
        return true;
    }
}
