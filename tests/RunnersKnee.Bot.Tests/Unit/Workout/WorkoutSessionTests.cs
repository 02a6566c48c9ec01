using System.Text.Json;
using RunnersKnee.Bot.Safety;
using RunnersKnee.Bot.Workout;
using RunnersKnee.BotFramework.Schema;

namespace RunnersKnee.Bot.Tests.Unit.Workout;

/// <summary>
/// Every transition of the workout, on the shipped plan (side steps: 3 sets a side; clams: 3 sets; ... wall squats
/// last), at fixed moments: what moves, what is refused, what the person is told and which timers change.
/// </summary>
public sealed class WorkoutSessionTests
{
    private const int Rest = 30;
    private static readonly WorkoutPlan Plan = new(new ExerciseCatalog());
    private static readonly PainThresholds Pain = new SafetyThresholds().Pain;
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan WelcomeBackAfter = TimeSpan.FromMinutes(10);

    private readonly WorkoutSession _session = WorkoutSession.Start("abc123", Plan.First, T0);

    [Fact]
    public void Start_IsTheFirstSetAtStepOne() =>
        Assert.Equal((1, WorkoutStatus.Active, new WorkoutPosition(0, 0, 0)), (_session.Step, _session.Status, _session.Position));

    [Fact]
    public void CompleteSet_MidExercise_CountsTheSetAndRestsBeforeTheOtherSide()
    {
        var move = _session.CompleteSet(Plan, T0, Rest);

        Assert.Equal(WorkoutMoveKind.Moved, move.Kind);
        Assert.Equal(WorkoutTimerChanges.ScheduleRestOver, move.Timers);
        Assert.Equal([WorkoutNoteKind.SetDone], move.Notes.Select(n => n.Kind));
        Assert.Equal((2, WorkoutStatus.Resting, new WorkoutPosition(0, 0, 1)), (_session.Step, _session.Status, _session.Position));
        Assert.Equal(T0.AddSeconds(Rest), _session.RestEndsAt);
        Assert.Equal(1, _session.ResultFor("side-steps").SetsDone);
    }

    [Fact]
    public void CompleteSet_DuringRest_EndsTheRestAndCancelsItsTimer()
    {
        _session.CompleteSet(Plan, T0, Rest);

        var move = _session.CompleteSet(Plan, T0.AddSeconds(5), Rest);

        Assert.Equal((WorkoutMoveKind.Moved, WorkoutTimerChanges.CancelRest), (move.Kind, move.Timers));
        Assert.Equal((3, WorkoutStatus.Active), (_session.Step, _session.Status));
        Assert.Equal(1, _session.ResultFor("side-steps").SetsDone);
    }

    [Fact]
    public void CompleteSet_LastSetOfAnExercise_AsksForThePainScore()
    {
        DoSets(6);

        Assert.Equal(WorkoutStatus.AwaitingPain, _session.Status);
        Assert.Equal(6, _session.ResultFor("side-steps").SetsDone);
        Assert.Equal(WorkoutMoveKind.Unchanged, _session.CompleteSet(Plan, T0, Rest).Kind);
    }

    [Fact]
    public void RestOver_OnlyForThisSessionAtTheScheduledStep()
    {
        _session.CompleteSet(Plan, T0, Rest);
        var step = _session.Step;

        Assert.Equal(WorkoutMoveKind.Quiet, _session.RestOver("other-session", step).Kind);
        Assert.Equal(WorkoutMoveKind.Quiet, _session.RestOver("abc123", step - 1).Kind);
        Assert.Equal((step, WorkoutStatus.Resting), (_session.Step, _session.Status));

        var move = _session.RestOver("abc123", step);
        Assert.Equal([WorkoutNoteKind.RestOver], move.Notes.Select(n => n.Kind));
        Assert.Equal((step + 1, WorkoutStatus.Active), (_session.Step, _session.Status));
        Assert.Equal(WorkoutMoveKind.Quiet, _session.RestOver("abc123", step).Kind);
    }

    [Fact]
    public void Skip_MidExercise_MarksItSkippedAndStartsTheNext()
    {
        var move = _session.Skip(Plan, T0);

        Assert.Equal([WorkoutNoteKind.Skipped], move.Notes.Select(n => n.Kind));
        Assert.True(_session.ResultFor("side-steps").Skipped);
        Assert.Equal((WorkoutStatus.Active, new WorkoutPosition(1, 0, 0)), (_session.Status, _session.Position));
    }

    [Fact]
    public void Skip_TheLastExercise_FinishesAndCancelsEveryTimer()
    {
        for (var i = 0; i < Plan.ExerciseCount - 1; i++)
        {
            _session.Skip(Plan, T0);
        }

        var move = _session.Skip(Plan, T0);

        Assert.Equal(WorkoutStatus.Finished, _session.Status);
        Assert.True(move.Timers.HasFlag(WorkoutTimerChanges.CancelAll));
        Assert.Equal(WorkoutMoveKind.Unchanged, _session.Skip(Plan, T0).Kind);
    }

    [Fact]
    public void Back_AtTheFirstSet_SaysSoAndChangesNothing()
    {
        var move = _session.Back(Plan);

        Assert.Equal((WorkoutMoveKind.Unchanged, 1), (move.Kind, _session.Step));
        Assert.Equal([WorkoutNoteKind.BackAtFirst], move.Notes.Select(n => n.Kind));
    }

    [Fact]
    public void Back_AfterASet_RedoesItWithoutCountingItTwice()
    {
        _session.CompleteSet(Plan, T0, Rest);

        var move = _session.Back(Plan);

        Assert.Equal(WorkoutTimerChanges.CancelRest, move.Timers);
        Assert.Equal((WorkoutStatus.Active, new WorkoutPosition(0, 0, 0)), (_session.Status, _session.Position));
        Assert.Equal(0, _session.ResultFor("side-steps").SetsDone);
    }

    [Fact]
    public void PauseAndResume_ATimedSet_CarriesTheCountdownOn()
    {
        Assert.True(_session.StartTimer(hasTimedReps: true, T0));

        var pause = _session.Pause(T0.AddSeconds(12));
        Assert.Equal(WorkoutTimerChanges.CancelRest | WorkoutTimerChanges.ScheduleResumeReminder, pause.Timers);
        Assert.Equal(WorkoutStatus.Paused, _session.Status);
        Assert.Equal(TimeSpan.FromSeconds(12), _session.TimerElapsed(T0.AddMinutes(5)));
        Assert.Equal(WorkoutMoveKind.Unchanged, _session.Pause(T0.AddSeconds(13)).Kind);

        var resume = _session.Resume(T0.AddMinutes(5), WelcomeBackAfter);
        Assert.Equal([WorkoutNoteKind.Resumed], resume.Notes.Select(n => n.Kind));
        Assert.Equal(WorkoutStatus.Active, _session.Status);
        Assert.Equal(TimeSpan.FromSeconds(15), _session.TimerElapsed(T0.AddMinutes(5).AddSeconds(3)));
    }

    [Fact]
    public void Resume_AfterAShortPause_CarriesOn_AfterALongOne_WelcomesBack()
    {
        _session.Pause(T0);
        Assert.Equal([WorkoutNoteKind.Resumed], _session.Resume(T0.AddSeconds(3), WelcomeBackAfter).Notes.Select(n => n.Kind));

        _session.Pause(T0.AddMinutes(1));
        Assert.Equal([WorkoutNoteKind.ResumedAfterAbsence], _session.Resume(T0.AddMinutes(11), WelcomeBackAfter).Notes.Select(n => n.Kind));
    }

    [Fact]
    public void PauseDuringARest_ResumeGivesTheRestBack_WithWhatWasLeft()
    {
        _session.CompleteSet(Plan, T0, Rest);
        Assert.Equal(WorkoutStatus.Resting, _session.Status);

        _session.Pause(T0.AddSeconds(10));
        Assert.True(_session.PausedDuringRest);
        var resume = _session.Resume(T0.AddMinutes(3), WelcomeBackAfter);

        Assert.Equal(WorkoutStatus.Resting, _session.Status);
        Assert.True(resume.Timers.HasFlag(WorkoutTimerChanges.ScheduleRestOver));
        Assert.Equal(T0.AddMinutes(3).AddSeconds(Rest - 10), _session.RestEndsAt);
        Assert.Equal(TimeSpan.FromSeconds(Rest), _session.RestEndsAt - _session.RestStartedAt);
    }

    [Fact]
    public void ExtendRest_AddsToTheRest_AsANewStep_AndOnlyDuringARest()
    {
        Assert.Equal([WorkoutNoteKind.NotResting], _session.ExtendRest(TimeSpan.FromSeconds(15), T0).Notes.Select(n => n.Kind));
        _session.CompleteSet(Plan, T0, Rest);
        var step = _session.Step;

        var move = _session.ExtendRest(TimeSpan.FromSeconds(15), T0.AddSeconds(20));

        Assert.Equal(WorkoutTimerChanges.CancelRest | WorkoutTimerChanges.ScheduleRestOver, move.Timers);
        Assert.Equal(15, move.Notes.Single().Seconds);
        Assert.Equal(T0.AddSeconds(Rest + 15), _session.RestEndsAt);
        Assert.Equal(step + 1, _session.Step);
        Assert.Equal(WorkoutMoveKind.Quiet, _session.RestOver(_session.Id, step).Kind);
    }

    [Fact]
    public void Resume_WhenNotPaused_SaysSoAndChangesNothing()
    {
        var move = _session.Resume(T0, WelcomeBackAfter);

        Assert.Equal((WorkoutMoveKind.Unchanged, 1), (move.Kind, _session.Step));
        Assert.Equal([WorkoutNoteKind.NotPaused], move.Notes.Select(n => n.Kind));
    }

    [Fact]
    public void Stop_EndsOnceAndCancelsEveryTimer()
    {
        var move = _session.Stop(T0);
        var step = _session.Step;

        Assert.Equal((WorkoutStatus.Stopped, WorkoutTimerChanges.CancelAll), (_session.Status, move.Timers));
        Assert.Equal(WorkoutMoveKind.Quiet, _session.Stop(T0).Kind);
        Assert.Equal(WorkoutMoveKind.Unchanged, _session.CompleteSet(Plan, T0, Rest).Kind);
        Assert.Equal(step, _session.Step);
    }

    [Fact]
    public void ApplyPain_Low_MidSet_CarriesOnWithoutMoving()
    {
        var move = _session.ApplyPain(Plan, Pain, 3, T0);

        Assert.Equal((WorkoutMoveKind.Quiet, 1), (move.Kind, _session.Step));
        Assert.Equal([WorkoutNoteKind.PainOk], move.Notes.Select(n => n.Kind));
        Assert.Equal(3, _session.ResultFor("side-steps").Pain);
    }

    [Fact]
    public void ApplyPain_Moderate_MidSet_SwitchesToTheEasierVersionOnce()
    {
        var move = _session.ApplyPain(Plan, Pain, 5, T0);

        Assert.Equal([WorkoutNoteKind.PainEase, WorkoutNoteKind.EasierOn], move.Notes.Select(n => n.Kind));
        Assert.True(_session.ResultFor("side-steps").Easier);
        Assert.Equal([WorkoutNoteKind.EasierAlreadyOn], _session.MakeEasier(Plan).Notes.Select(n => n.Kind));
    }

    [Fact]
    public void ApplyPain_Moderate_AfterTheExercise_MakesTheNextOneEasier()
    {
        DoSets(6);

        _session.ApplyPain(Plan, Pain, 4, T0);

        Assert.Equal((WorkoutStatus.Active, 1), (_session.Status, _session.Position.Exercise));
        Assert.True(_session.ResultFor("banded-side-clams").Easier);
        Assert.False(_session.EasierNext);
    }

    [Fact]
    public void ApplyPain_High_StopsTheExercise_AndTheSecondEndsTheSession()
    {
        var first = _session.ApplyPain(Plan, Pain, 6, T0);

        Assert.Equal([WorkoutNoteKind.PainStopExercise], first.Notes.Select(n => n.Kind));
        Assert.True(_session.ResultFor("side-steps").Skipped);
        Assert.Equal((WorkoutStatus.Paused, 1), (_session.Status, _session.Position.Exercise));
        Assert.False(_session.EndedForPain);

        _session.Resume(T0.AddMinutes(1), WelcomeBackAfter);
        Assert.Equal((WorkoutStatus.Active, 1), (_session.Status, _session.Position.Exercise));
        var second = _session.ApplyPain(Plan, Pain, 7, T0);

        Assert.Equal([WorkoutNoteKind.PainEndsSession, WorkoutNoteKind.Stopped], second.Notes.Select(n => n.Kind));
        Assert.Equal(WorkoutStatus.Stopped, _session.Status);
        Assert.True(second.Timers.HasFlag(WorkoutTimerChanges.CancelAll));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    public void ApplyPain_8OrMore_EndsTheSessionAtOnceForTheRedFlagCheck(int pain)
    {
        var move = _session.ApplyPain(Plan, Pain, pain, T0);

        Assert.Equal([WorkoutNoteKind.PainTooHighEndsSession, WorkoutNoteKind.Stopped], move.Notes.Select(n => n.Kind));
        Assert.Equal(WorkoutStatus.Stopped, _session.Status);
        Assert.True(_session.EndedForPain);
    }

    [Fact]
    public void ApplyPain_HighOnTheLastExercise_FinishesWithoutPausing()
    {
        while (_session.Position.Exercise < Plan.ExerciseCount - 1)
        {
            _session.Skip(Plan, T0);
        }

        _session.ApplyPain(Plan, Pain, 6, T0);

        Assert.True(_session.IsOver);
        Assert.False(_session.EndedForPain);
    }

    [Fact]
    public void MakeStandard_OnTheEasierVersion_GoesBackToTheStandardOneAtANewStep()
    {
        _session.MakeEasier(Plan);
        var step = _session.Step;

        var move = _session.MakeStandard(Plan);

        Assert.Equal((WorkoutMoveKind.Moved, step + 1), (move.Kind, _session.Step));
        Assert.Equal([WorkoutNoteKind.StandardOn], move.Notes.Select(n => n.Kind));
        Assert.False(_session.ResultFor("side-steps").Easier);
        Assert.Equal([WorkoutNoteKind.StandardAlreadyOn], _session.MakeStandard(Plan).Notes.Select(n => n.Kind));
        Assert.Equal(step + 1, _session.Step);
    }

    [Fact]
    public void MakeStandard_PausedOrOver_ChangesNothing()
    {
        _session.MakeEasier(Plan);
        _session.Pause(T0);

        Assert.Equal(WorkoutMoveKind.Unchanged, _session.MakeStandard(Plan).Kind);
        Assert.True(_session.ResultFor("side-steps").Easier);
        _session.Stop(T0);
        Assert.Equal(WorkoutMoveKind.Unchanged, _session.MakeStandard(Plan).Kind);
    }

    [Fact]
    public void MakeStandard_AtThePainCheck_TakesBackTheEasierNextExercise()
    {
        DoSets(6);
        _session.MakeEasier(Plan);

        var move = _session.MakeStandard(Plan);

        Assert.Equal([WorkoutNoteKind.StandardNextOn], move.Notes.Select(n => n.Kind));
        Assert.Equal(WorkoutStatus.AwaitingPain, _session.Status);
        _session.ApplyPain(Plan, Pain, 1, T0);
        Assert.False(_session.ResultFor("banded-side-clams").Easier);
    }

    [Fact]
    public void Outcomes_AfterAMixedSession_SayHowEachExerciseEnded()
    {
        _session.Skip(Plan, T0);
        DoSets(3);
        _session.ApplyPain(Plan, Pain, 2, T0);
        _session.CompleteSet(Plan, T0, Rest);
        _session.Skip(Plan, T0);
        _session.MakeEasier(Plan);
        _session.ApplyPain(Plan, Pain, 6, T0);
        _session.Resume(T0, WelcomeBackAfter);
        _session.Stop(T0);

        var outcomes = _session.Outcomes(Plan);

        Assert.Equal(
            [
                (ExerciseOutcomeKind.Skipped, 0, 6, (int?)null),
                (ExerciseOutcomeKind.Done, 3, 3, 2),
                (ExerciseOutcomeKind.PartlyDone, 1, 6, null),
                (ExerciseOutcomeKind.StoppedForPain, 0, 3, 6),
                (ExerciseOutcomeKind.NotStarted, 0, 3, null),
                (ExerciseOutcomeKind.NotReached, 0, 6, null),
                (ExerciseOutcomeKind.NotReached, 0, 6, null),
                (ExerciseOutcomeKind.NotReached, 0, 1, null),
            ],
            outcomes.Select(o => (o.Kind, o.SetsDone, o.Sets, o.Pain)));
        Assert.True(outcomes[3].Easier);
    }

    [Fact]
    public void TimeTaken_LeavesOutPausesIncludingOneTheSessionEndsIn()
    {
        var session = WorkoutSession.Start("abc123", Plan.First, T0, painBefore: 2);
        Assert.Null(session.TimeTaken);
        session.Pause(T0.AddMinutes(5));
        session.Resume(T0.AddMinutes(65), WelcomeBackAfter);
        session.Pause(T0.AddMinutes(70));
        session.ApplyPain(Plan, Pain, 3, T0.AddMinutes(70));

        session.Stop(T0.AddMinutes(90));

        Assert.Equal(TimeSpan.FromMinutes(10), session.TimeTaken);
        Assert.Equal((2, 3), (session.PainBefore, session.LastPain));
    }

    [Fact]
    public void Storage_RoundTrip_KeepsEveryField()
    {
        _session.CompleteSet(Plan, T0, Rest);
        _session.Pause(T0.AddSeconds(3));
        _session.MarkShown(force: true);

        var restored = JsonSerializer.Deserialize<WorkoutSession>(JsonSerializer.Serialize(_session, BotJson.Options), BotJson.Options)!;

        Assert.Equal(JsonSerializer.Serialize(_session, BotJson.Options), JsonSerializer.Serialize(restored, BotJson.Options));
        Assert.Equal((_session.Step, WorkoutStatus.Paused, WorkoutStatus.Resting), (restored.Step, restored.Status, restored.PausedFrom));
        Assert.Equal(TimeSpan.FromSeconds(Rest - 3), restored.RestLeftAtPause);
        Assert.True(restored.IsAt("abc123", _session.Step));
    }

    private void DoSets(int count)
    {
        for (var done = 0; done < count;)
        {
            if (_session.Status == WorkoutStatus.Active)
            {
                done++;
            }

            _session.CompleteSet(Plan, T0, Rest);
        }
    }
}
