using RunnersKnee.Bot.Conversation.Dialogs;
using RunnersKnee.Bot.Safety;
using RunnersKnee.BotFramework.Dialogs;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Conversation.Commands;

/// <summary>
/// Every message while coaching is closed after emergency or crisis guidance: the route again in one line first,
/// then only what is safe to do (say "I'm OK now", see or delete one's data, the summary for a clinician); the intake and the workout stay shut.
/// </summary>
public sealed class SafetyLockGate(CareMessages care, IdleCommandHandlers idle, ProgressCommandHandlers progress)
{
    /// <summary>True when the message was answered here; false when it answers a question the lock allows.</summary>
    public async Task<bool> HandleAsync(DialogContext dc, CoachState state, Command? command, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        await SayAsync(dc, care.Reminder(state.SafetyLock!.Kind, activity), cancellationToken);
        if (IsAllowedQuestion(dc) && command?.Kind is not (CommandKind.PrivacyDelete or CommandKind.SafeNow))
        {
            return false;
        }

        switch (command?.Kind)
        {
            case CommandKind.SafeNow:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await dc.BeginDialogAsync(DialogIds.SafetyLockRelease, null, cancellationToken);
                return true;
            case CommandKind.PrivacySummary or CommandKind.PrivacyExport or CommandKind.PrivacyDelete:
                return await idle.PrivacyAsync(dc, state, command.Kind, cancellationToken);
            case CommandKind.PhysioSummary:
                // What to show the clinician the guidance sends them to: it coaches nothing.
                return await progress.PhysioSummaryAsync(dc, state, cancellationToken);
            default:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await SayAsync(dc, care.Text("safetyLock.closed", activity), cancellationToken);
                return true;
        }
    }

    // Only the release question and "delete my data" may wait for an answer while the lock holds.
    private static bool IsAllowedQuestion(DialogContext dc) =>
        dc.Stack.Any(instance => instance.Id is DialogIds.SafetyLockRelease or DialogIds.PrivacyDelete);

    private static Task SayAsync(DialogContext dc, string text, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(new Activity { Text = text }, cancellationToken);
}
