using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Unit.Workout;

/// <summary>
/// A session started at the person's plan levels counts their sets and shows their numbers; the easier version within
/// the session is never more than the level; a session stored before plans keeps the catalog's dosage.
/// </summary>
public sealed class WorkoutSessionLevelsTests
{
    private static readonly ExerciseCatalog Catalog = new();
    private static readonly WorkoutPlan Plan = new(Catalog);
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TwoSetsAtTheLevel_TheExerciseEndsAfterTwoSetsASide()
    {
        var levels = new Dictionary<string, Dosage> { ["side-steps"] = new(DosageUnit.Feet, 10, 10, 2, true, 0) };
        var session = WorkoutSession.Start("s1", Plan.First, T0, dosages: levels);

        for (var set = 0; set < 4; set++)
        {
            session.CompleteSet(Plan, T0, 30);
            session.EndRest();
        }

        Assert.Equal(WorkoutStatus.AwaitingPain, session.Status);
        var outcome = session.Outcomes(Plan)[0];
        Assert.Equal((ExerciseOutcomeKind.Done, 4, 4), (outcome.Kind, outcome.SetsDone, outcome.Sets));
        Assert.Equal("10 feet × 2 each side", outcome.Dosage!.Describe());
        Assert.Equal(34 - 2, Plan.SetsLeftInWorkout(Plan.First, session.Dosages));
    }

    [Fact]
    public void TheEasierVersion_IsNeverAboveTheLevel()
    {
        var stepDowns = Catalog.Get("single-leg-step-downs");
        var levels = new Dictionary<string, Dosage> { [stepDowns.Id] = stepDowns.Dosage with { Min = 10, Max = 10 } };
        var session = WorkoutSession.Start("s1", Plan.First, T0, dosages: levels);

        Assert.Equal("10 reps × 3 sets each side", session.DosageOf(stepDowns, easier: false).Describe());
        Assert.Equal("10 reps × 3 sets each side", session.DosageOf(stepDowns, easier: true).Describe());
        Assert.Equal("5–10 feet × 3 each side", session.DosageOf(Catalog.Get("side-steps"), easier: true).Describe());
    }

    [Fact]
    public void WithoutLevels_TheCatalogsDosageIsUsed()
    {
        var session = WorkoutSession.Start("s1", Plan.First, T0);

        Assert.Equal("10–15 feet × 3 each side", session.DosageOf(Catalog.Get("side-steps"), easier: false).Describe());
    }
}
