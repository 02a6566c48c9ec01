using Microsoft.Extensions.Options;
using RunnersKnee.Bot.Intake;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Turns;

namespace RunnersKnee.Bot.Progress;

/// <summary>
/// Writes what happened into the person's <see cref="CoachHistory"/>: a session when it ends, a safety outcome, a pain
/// score. Only these turns touch the history; every other turn leaves it as stored.
/// </summary>
public sealed class HistoryRecorder(CoachHistoryAccessor accessor, WorkoutPlan plan, TimeProvider time, IOptions<ProgressOptions> options)
{
    public async Task SessionEndedAsync(ITurnContext turn, WorkoutSession session, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        (await accessor.GetAsync(turn, cancellationToken)).AddSession(RecordOf(session, now), options.Value.ToLimits(), now);
    }

    /// <summary>The pain after a session; false when the session is not in the history.</summary>
    public async Task<bool> PainAfterAsync(ITurnContext turn, string sessionId, int pain, CancellationToken cancellationToken) =>
        (await accessor.GetAsync(turn, cancellationToken)).RecordPainAfter(sessionId, pain);

    /// <summary>The next-morning answer for a session; false when the session is not in the history or was already answered.</summary>
    public async Task<bool> NextMorningAsync(ITurnContext turn, string sessionId, NextMorningAnswer answer, int? pain, CancellationToken cancellationToken) =>
        (await accessor.GetAsync(turn, cancellationToken)).RecordNextMorning(sessionId, answer, pain);

    /// <summary>The optional score tapped after the next-morning answer; false when there is no answer to add it to, or it has one.</summary>
    public async Task<bool> NextMorningPainAsync(ITurnContext turn, string sessionId, int pain, CancellationToken cancellationToken) =>
        (await accessor.GetAsync(turn, cancellationToken)).RecordNextMorningPain(sessionId, pain);

    public async Task CheckAsync(ITurnContext turn, CheckKind kind, TriageOutcome? outcome, IntakeAnswers? answers, IReadOnlyList<string>? named, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = named ?? answers?.NamedRedFlags;
        var check = new CheckRecord(now, kind, outcome, answers?.EmergencyFlags, answers?.SoonFlags, rows is { Count: > 0 } ? [.. rows] : null, kind == CheckKind.Intake ? answers?.PainNow : null);
        (await accessor.GetAsync(turn, cancellationToken)).AddCheck(check, options.Value.ToLimits(), now);
    }

    public async Task PainAsync(ITurnContext turn, int pain, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        (await accessor.GetAsync(turn, cancellationToken)).AddPain(new PainRecord(now, pain), options.Value.ToLimits(), now);
    }

    /// <summary>
    /// The session in the history's words: each exercise it reached, as its summary told it (done, partly, stopped for
    /// pain, skipped), with the dosage its sets were done at (none when no set was done: the record stays small).
    /// </summary>
    public SessionRecord RecordOf(WorkoutSession session, DateTimeOffset endedAt)
    {
        var exercises = session.Outcomes(plan)
            .Where(outcome => outcome.Kind != ExerciseOutcomeKind.NotReached)
            .Select(outcome => new ExerciseRecord(outcome.ExerciseId, outcome.Kind, outcome.SetsDone, outcome.Easier, outcome.Pain, outcome.SetsDone > 0 ? outcome.Dosage : null));
        var end = session.EndedForPain ? SessionEnd.EndedForPain : session.Status == WorkoutStatus.Finished ? SessionEnd.Finished : SessionEnd.Stopped;
        return new SessionRecord(session.Id, session.StartedAt, session.EndedAt ?? endedAt, end, session.PainBefore, null, [.. exercises]);
    }
}
