using RunnersKnee.Bot.Programme;
using RunnersKnee.Bot.Progress;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Programme;

/// <summary>
/// The progression rules over sequences of sessions, on the shipped ladders and at fixed moments: one step up after
/// two easy sessions that were fine the next morning, one step down after a worse morning or a stop for pain, one
/// change per exercise per 14-day block (an easing never held back), never past the article's dosage.
/// </summary>
public sealed class ProgressionRulesTests
{
    private const string SideSteps = "side-steps";
    private const string Clams = "banded-side-clams";
    private static readonly DateTimeOffset Day0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly ProgressionContent Shipped = new(ShippedProgressionJson.Catalog);

    private readonly List<SessionRecord> _sessions = [];
    private readonly PlanLevels _plan = new();

    public ProgressionRulesTests() => _plan.Restart(Day0);

    [Fact]
    public void TwoEasySessions_FineNextMorning_OneStepUpInReps()
    {
        Session(day: 0, NextMorningAnswer.Same, pain: 2, Done(SideSteps));
        Session(day: 1, NextMorningAnswer.Better, pain: 3, Done(SideSteps));

        var changes = StartWorkout(day: 2);

        Assert.Equal([new LevelChange(SideSteps, 2, 3, LevelChangeReason.EasySessions)], changes);
        Assert.Equal("12 feet × 3 each side", DosageNow(SideSteps));
        Assert.Equal("15 reps × 3 sets", DosageNow(Clams));
    }

    [Fact]
    public void EasySessions_WithoutTheNextMorningAnswer_NoStepUp()
    {
        Session(day: 0, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        Session(day: 1, morning: null, pain: 1, Done(SideSteps));

        Assert.Empty(StartWorkout(day: 2));
    }

    [Fact]
    public void OneEasySession_IsNotEnough()
    {
        Session(day: 0, NextMorningAnswer.Better, pain: 0, Done(SideSteps));

        Assert.Empty(StartWorkout(day: 1));
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(1, 4)]
    [InlineData(null, null)]
    public void PainAbove3OrNoScoreAtAll_NoStepUp(int? exercisePain, int? painAfter)
    {
        Session(day: 0, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        Session(day: 1, NextMorningAnswer.Same, exercisePain, painAfter, [Done(SideSteps)]);

        Assert.Empty(StartWorkout(day: 2));
    }

    [Fact]
    public void TheEasierVersionOrAPartlyDoneExercise_IsNoReasonToStepUp()
    {
        Session(day: 0, NextMorningAnswer.Same, pain: 1, Done(SideSteps), new ExerciseRecord(Clams, ExerciseOutcomeKind.Done, 3, Easier: true, Pain: 1));
        Session(day: 1, NextMorningAnswer.Same, pain: 1, new ExerciseRecord(SideSteps, ExerciseOutcomeKind.PartlyDone, 4, false, 1), Done(Clams));

        Assert.Empty(StartWorkout(day: 2));
    }

    [Fact]
    public void WorseNextMorning_EasesEveryExerciseDoneThatSessionOneStep()
    {
        Session(day: 0, NextMorningAnswer.Worse, pain: 2, Done(SideSteps), Done(Clams));

        var changes = StartWorkout(day: 1);

        Assert.Equal(
            [new LevelChange(SideSteps, 2, 1, LevelChangeReason.WorseNextMorning), new LevelChange(Clams, 2, 1, LevelChangeReason.WorseNextMorning)],
            changes);
        Assert.Equal(("5–10 feet × 3 each side", "10–15 reps × 3 sets"), (DosageNow(SideSteps), DosageNow(Clams)));
    }

    [Fact]
    public void StoppedForPain_EasesThatExerciseOnly()
    {
        Session(day: 0, morning: null, pain: 7, new ExerciseRecord(SideSteps, ExerciseOutcomeKind.StoppedForPain, 1, false, 7), Done(Clams));

        Assert.Equal([new LevelChange(SideSteps, 2, 1, LevelChangeReason.StoppedForPain)], StartWorkout(day: 1));
    }

    [Fact]
    public void AnEasing_UsesItsSessionOnce()
    {
        Session(day: 0, NextMorningAnswer.Worse, pain: 2, Done(SideSteps));
        StartWorkout(day: 1);

        Assert.Empty(StartWorkout(day: 2));
        Assert.Equal("5–10 feet × 3 each side", DosageNow(SideSteps));
    }

    [Fact]
    public void AnEasingAtTheBottom_StaysThereAndSaysWhy()
    {
        Session(day: 0, NextMorningAnswer.Worse, pain: 2, Done(SideSteps));
        StartWorkout(day: 1);
        Session(day: 1, NextMorningAnswer.Worse, pain: 2, Done(SideSteps));

        Assert.Equal([new LevelChange(SideSteps, 1, 1, LevelChangeReason.WorseNextMorning)], StartWorkout(day: 2));
        Assert.Equal("5–10 feet × 3 each side", DosageNow(SideSteps));
    }

    [Fact]
    public void OneChangePerBlock_TheNextStepUpWaitsForTheNextBlock()
    {
        Session(day: 0, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        Session(day: 1, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        StartWorkout(day: 2);
        Session(day: 2, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        Session(day: 3, NextMorningAnswer.Same, pain: 1, Done(SideSteps));

        Assert.Empty(StartWorkout(day: 13));
        Assert.Equal([new LevelChange(SideSteps, 3, 4, LevelChangeReason.EasySessions)], StartWorkout(day: 14));
    }

    [Fact]
    public void AnEasing_IsNeverHeldBackByTheBlock_ButNoStepUpFollowsInThatBlock()
    {
        Session(day: 0, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        Session(day: 1, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        StartWorkout(day: 2);
        Session(day: 2, NextMorningAnswer.Worse, pain: 3, Done(SideSteps));

        Assert.Equal([new LevelChange(SideSteps, 3, 2, LevelChangeReason.WorseNextMorning)], StartWorkout(day: 3));

        Session(day: 3, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        Session(day: 4, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        Assert.Empty(StartWorkout(day: 5));
        Assert.Equal([new LevelChange(SideSteps, 2, 3, LevelChangeReason.EasySessions)], StartWorkout(day: 14));
    }

    [Fact]
    public void TheArticlesDosage_IsTheCeiling()
    {
        for (var block = 0; block < 4; block++)
        {
            Session(day: (block * 14) + 0, NextMorningAnswer.Same, pain: 0, Done(SideSteps), Done("straight-leg-raise"));
            Session(day: (block * 14) + 1, NextMorningAnswer.Same, pain: 0, Done(SideSteps), Done("straight-leg-raise"));
            StartWorkout(day: (block * 14) + 2);
        }

        Assert.Equal("15 feet × 3 each side", DosageNow(SideSteps));
        Assert.Equal(4, _plan.Exercises.Single(level => level.ExerciseId == SideSteps).Level);
        Assert.Equal("15 reps × 3 sets, hold 2 s", DosageNow("straight-leg-raise"));
        Assert.DoesNotContain(_plan.Exercises, level => level.ExerciseId == "straight-leg-raise");
    }

    [Fact]
    public void AFixedDosage_ClimbsOnlyBackToTheArticleAfterAnEasing()
    {
        Session(day: 0, NextMorningAnswer.Worse, pain: 2, Done("single-leg-deadlift"));
        StartWorkout(day: 1);
        Session(day: 1, NextMorningAnswer.Same, pain: 1, Done("single-leg-deadlift"));
        Session(day: 2, NextMorningAnswer.Same, pain: 1, Done("single-leg-deadlift"));

        Assert.Equal("10 reps × 3 sets", DosageNow("single-leg-deadlift"));
        Assert.Equal([new LevelChange("single-leg-deadlift", 1, 2, LevelChangeReason.EasySessions)], StartWorkout(day: 14));
        Assert.Equal("15 reps × 3 sets", DosageNow("single-leg-deadlift"));
    }

    [Fact]
    public void ALadderOfRepsSetsAndHold_IsClimbedInThatOrderOneStepPerBlock_UpToItsTop()
    {
        var content = ShippedProgressionJson.Parse(ShippedProgressionJson.WithLadder(
            "knee-extensions",
            1,
            ShippedProgressionJson.Level(1, 10, 10, 2, 2, perSide: true),
            ShippedProgressionJson.Level(2, 15, 15, 2, 2, perSide: true),
            ShippedProgressionJson.Level(3, 15, 15, 3, 2, perSide: true),
            ShippedProgressionJson.Level(4, 15, 15, 3, 3, perSide: true)));
        var seen = new List<string> { DosageNow("knee-extensions", content) };

        for (var block = 0; block < 4; block++)
        {
            Session(day: (block * 14) + 0, NextMorningAnswer.Better, pain: 1, Done("knee-extensions"));
            Session(day: (block * 14) + 1, NextMorningAnswer.Same, pain: 1, Done("knee-extensions"));
            StartWorkout(day: (block * 14) + 2, content);
            seen.Add(DosageNow("knee-extensions", content));
        }

        Assert.Equal(
            [
                "10 reps × 2 sets each side, hold 2 s",
                "15 reps × 2 sets each side, hold 2 s",
                "15 reps × 3 sets each side, hold 2 s",
                "15 reps × 3 sets each side, hold 3 s",
                "15 reps × 3 sets each side, hold 3 s",
            ],
            seen);
    }

    [Fact]
    public void AfterAReset_EarlierSessionsDoNotCount()
    {
        Session(day: 0, NextMorningAnswer.Same, pain: 1, Done(SideSteps));
        Session(day: 1, NextMorningAnswer.Worse, pain: 1, Done(SideSteps));
        _plan.Restart(Day0.AddDays(2));

        Assert.Empty(StartWorkout(day: 2));
        Assert.Equal("10 feet × 3 each side", DosageNow(SideSteps));
    }

    private static ExerciseRecord Done(string id) => new(id, ExerciseOutcomeKind.Done, 3, false, null);

    private void Session(int day, NextMorningAnswer? morning, int? pain, params ExerciseRecord[] exercises) =>
        Session(day, morning, pain, null, exercises);

    private void Session(int day, NextMorningAnswer? morning, int? pain, int? painAfter, ExerciseRecord[] exercises)
    {
        var start = Day0.AddDays(day).AddHours(12);

        // The score given after the first exercise stands for the session's pain scores.
        var scored = exercises.Select((exercise, i) => i == 0 && exercise.Pain is null ? exercise with { Pain = pain } : exercise).ToList();
        _sessions.Add(new SessionRecord($"s{_sessions.Count}", start, start.AddMinutes(30), SessionEnd.Finished, 1, painAfter, scored, morning));
    }

    private List<LevelChange> StartWorkout(int day, ProgressionContent? content = null)
    {
        var now = Day0.AddDays(day).AddHours(12);
        var changes = new ProgressionRules(content ?? Shipped).Decide(_plan, _sessions, now);
        foreach (var change in changes)
        {
            _plan.Apply(change, now);
        }

        return [.. changes];
    }

    private string DosageNow(string exercise, ProgressionContent? content = null) =>
        (content ?? Shipped).DosagesAt(_plan)[exercise].Describe();
}
